import Dispatch
import Synchronization

/// Work running on another thread, for the build's second core: started at once, waited for
/// when its result is needed, asked to stop when the build fails elsewhere.
final class BackgroundTask<Value: Sendable>: Sendable {
    private let outcome = Mutex<Result<Value, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)
    private let cancelled = Atomic<Bool>(false)

    /// Starts `work`; it may check `isCancelled` to stop early.
    init(_ work: @escaping @Sendable (BackgroundTask<Value>) throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result { try work(self) }
            self.outcome.withLock { $0 = result }
            self.finished.signal()
        }
    }

    var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Blocks until the work has finished; its value, or its error.
    func wait() throws -> Value {
        finished.wait()
        finished.signal()  // later waits return at once
        return try outcome.withLock { $0! }.get()
    }

    /// Asks the work to stop at its next check and waits for it, so that its files can be removed.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
        _ = try? wait()
    }
}
