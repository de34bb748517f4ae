import CSQLiteExtras

/// Process-wide SQLite settings, applied before the first connection opens.
public enum SQLiteRuntime {
    /// Whether SQLite runs without its allocation statistics, so that threads do not queue on
    /// their mutex. False when something opened a database first: SQLite then keeps them, which
    /// is only slower.
    public static let prepared: Bool = cp_sqlite_disable_memstatus() == 0

    /// Call early (the CLI does, first thing); later calls do nothing.
    @discardableResult
    public static func prepare() -> Bool { prepared }
}
