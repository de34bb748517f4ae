import Foundation
import Warehouse

/// Results of recent queries on one warehouse build, so that a dashboard tile or a popular
/// question asked again is answered without running it again. One cache belongs to one opened
/// warehouse file: a rebuild opens a new file and starts an empty cache, so nothing stale is
/// ever served. Bounded in entries and in bytes; the oldest entry goes first.
final class ResultCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (result: QueryResult, bytes: Int)] = [:]
    private var order: [String] = []
    private var bytes = 0
    let maxEntries: Int
    let maxBytes: Int

    init(maxEntries: Int = 256, maxBytes: Int = 16 << 20) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    func result(for sql: String) -> QueryResult? {
        lock.withLock { entries[sql]?.result }
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

    static func size(of value: SQLValue) -> Int {
        if case .text(let s) = value { return s.utf8.count + 16 }
        return 8
    }
}
