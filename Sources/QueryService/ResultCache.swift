import Foundation
import Warehouse

/// Results of recent queries on one warehouse build, so that a dashboard tile or a popular
/// question asked again is answered without running it again. One cache belongs to one opened
/// warehouse file: a rebuild opens a new file and starts an empty cache, so nothing stale is
/// ever served. Bounded in entries and in bytes; the oldest entry goes first.
///
/// Callers that miss on a query already running wait for its result instead of running it again
/// (`result(orLeadFor:)` / `finish`): 32 clients asking the same question of a freshly started
/// service otherwise all ran the same 30 ms group-by, four at a time, and the last waited 450 ms.
final class ResultCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (result: QueryResult, bytes: Int)] = [:]
    private var order: [String] = []
    private var bytes = 0
    /// Queries being run by a caller, with the callers waiting for their result.
    private var running: [String: [CheckedContinuation<QueryResult?, Never>]] = [:]
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 256, maxBytes: Int = 16 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    func result(for sql: String) -> QueryResult? {
        lock.withLock { entries[sql]?.result }
    }

    /// The cached result; else, when another caller is running the query, its result once it has
    /// one; else nil, and the caller runs the query and must then call `finish`. Also nil when
    /// the other caller failed (a time limit, a client gone): each waiter then runs it itself.
    func result(orLeadFor sql: String) async -> QueryResult? {
        enum Step { case hit(QueryResult), lead, wait }
        let step: Step = lock.withLock {
            if let cached = entries[sql]?.result { return .hit(cached) }
            if running[sql] == nil {
                running[sql] = []
                return .lead
            }
            return .wait
        }
        switch step {
        case .hit(let result): return result
        case .lead: return nil
        case .wait:
            return await withCheckedContinuation { continuation in
                let resumeNow: Bool = lock.withLock {
                    // The runner may have finished in between: look again under the lock.
                    guard running[sql] != nil else { return true }
                    running[sql]?.append(continuation)
                    return false
                }
                if resumeNow { continuation.resume(returning: result(for: sql)) }
            }
        }
    }

    /// The caller that ran `sql` hands over its result (nil when it failed): kept, and given to
    /// every caller waiting for it.
    func finish(_ sql: String, with result: QueryResult?) {
        if let result { store(result, for: sql) }
        let waiters = lock.withLock { running.removeValue(forKey: sql) ?? [] }
        for waiter in waiters { waiter.resume(returning: result) }
    }

    func store(_ result: QueryResult, for sql: String) {
        let size = result.rows.reduce(64 + sql.utf8.count) { total, row in
            row.reduce(total + 16) { $0 + Self.size(of: $1) }
        }
        guard size <= maxBytes / 8 else { return }  // a huge result is not worth keeping
        lock.withLock {
            if entries[sql] != nil { return }
            entries[sql] = (result, size)
            order.append(sql)
            bytes += size
            while entries.count > maxEntries || bytes > maxBytes, !order.isEmpty {
                let oldest = order.removeFirst()
                bytes -= entries.removeValue(forKey: oldest)?.bytes ?? 0
            }
        }
    }

    var count: Int { lock.withLock { entries.count } }

    /// Callers waiting for `sql` to be run by another.
    func waiting(for sql: String) -> Int { lock.withLock { running[sql]?.count ?? 0 } }

    static func size(of value: SQLValue) -> Int {
        if case .text(let s) = value { return s.utf8.count + 16 }
        return 8
    }
}
