import Dispatch
import GRDB
import Synchronization

/// The second core's share of a build: the largest export's raw load and the staging models that
/// read only it, written to a file of their own while the main connection builds everything else.
///
/// SQLite lets one connection write a file at a time, so parallel work needs a second file. The
/// main connection later adopts the side tables (see `WarehouseBuilder.adopt`): with identical
/// schemas SQLite copies their records without decoding them, which costs a fraction of building them.
final class SideLane: Sendable {
    let path: String
    let source: SourceContract.Source
    let models: [Model]
    private let outcome = Mutex<Result<[RunRecord.ModelRows], Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)
    private let cancelled = Atomic<Bool>(false)

    /// Tables the lane produces, in the order it builds them.
    var tables: [String] { [source.rawTable] + models.map(\.name) }

    init(path: String, source: SourceContract.Source, models: [Model]) {
        self.path = path
        self.source = source
        self.models = models
    }

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Starts the lane on another thread; `work` gets the lane's own database.
    func start(configuration: Configuration, work: @escaping @Sendable (Database, SideLane) throws -> [RunRecord.ModelRows]) {
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result {
                let queue = try DatabaseQueue(path: self.path, configuration: configuration)
                defer { try? queue.close() }
                return try queue.writeWithoutTransaction { db in try work(db, self) }
            }
            self.outcome.withLock { $0 = result }
            self.finished.signal()
        }
    }

    /// Blocks until the lane has finished; its rows per table, or its error.
    func wait() throws -> [RunRecord.ModelRows] {
        finished.wait()
        finished.signal()  // later waits return at once
        return try outcome.withLock { $0! }.get()
    }

    /// Asks the lane to stop at its next check and waits for it, so that its file can be removed.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        _ = try? wait()
    }
}
