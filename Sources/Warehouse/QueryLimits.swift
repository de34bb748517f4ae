/// What one query may cost.
public struct QueryLimits: Sendable {
    /// Wall-clock limit; the query is interrupted when it passes.
    public var timeoutSeconds: Double
    /// Rows returned at most; more are cut and flagged as truncated.
    public var maxRows: Int
    /// Largest string or blob any expression may produce (SQLite's SQLITE_LIMIT_LENGTH).
    public var maxValueBytes: Int32

    public init(timeoutSeconds: Double = 5, maxRows: Int = 10_000, maxValueBytes: Int32 = 1_000_000) {
        self.timeoutSeconds = timeoutSeconds
        self.maxRows = maxRows
        self.maxValueBytes = maxValueBytes
    }
}
