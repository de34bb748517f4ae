import CSQLiteExtras
import GRDBSQLite

/// Process-wide SQLite settings. The build and the query side want opposite things, and a
/// process is one or the other: whichever is asked first wins, because SQLite takes its
/// configuration only before the first connection opens.
public enum SQLiteRuntime {
    /// For builds: SQLite without its allocation statistics, so that the two build lanes do not
    /// queue on their mutex (3x slower side by side). Without statistics SQLite cannot enforce a
    /// heap limit, so query processes must not call this. False when a connection opened first.
    public static let prepared: Bool = cp_sqlite_disable_memstatus() == 0

    /// Call first thing in a process that builds; later calls do nothing.
    @discardableResult
    public static func prepare() -> Bool { prepared }

    /// For query processes: a hard cap on SQLite's heap, so that one query (a huge GROUP BY, a
    /// cartesian json_group_array) fails with a clear error instead of taking the machine's
    /// memory. Returns whether the cap is enforced: not in a process that prepared for builds.
    public static func limitHeap(bytes: Int64) {
        sqlite3_hard_heap_limit64(bytes)
    }

    /// Whether the heap limit is enforced: SQLite counts allocations only with its statistics on,
    /// and then, once a connection is open, reports a non-zero heap.
    public static var heapLimitEnforced: Bool {
        sqlite3_hard_heap_limit64(-1) > 0 && sqlite3_memory_used() > 0
    }
}
