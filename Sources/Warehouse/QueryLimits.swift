/// What one query may cost.
public struct QueryLimits: Sendable {
    /// Wall-clock limit; the query is interrupted when it passes.
    public var timeoutSeconds: Double
    /// Rows returned at most; more are cut and flagged as truncated.
    public var maxRows: Int
    /// Largest string or blob any expression may produce (SQLite's SQLITE_LIMIT_LENGTH).
    public var maxValueBytes: Int32
    /// Bytes of values one result may hold; a larger result stops with an error rather than
    /// filling the process's memory (500 rows of 1 MB values reached 1.5 GB).
    public var maxResultBytes: Int
    /// SQLite's heap in a query process: sorts, groups and aggregates beyond it fail cleanly.
    public var maxHeapBytes: Int64

    /// Upper bounds of what a caller may ask for.
    public static let rowCeiling = 100_000
    public static let timeoutCeiling = 600.0

    public init(
        timeoutSeconds: Double = 5, maxRows: Int = 10_000, maxValueBytes: Int32 = 1_000_000,
        maxResultBytes: Int = 32 << 20, maxHeapBytes: Int64 = 256 << 20
    ) {
        self.timeoutSeconds = timeoutSeconds
        self.maxRows = maxRows
        self.maxValueBytes = maxValueBytes
        self.maxResultBytes = maxResultBytes
        self.maxHeapBytes = maxHeapBytes
    }

    /// Why these limits cannot be used, or nil: a limit must bound something.
    public var problem: String? {
        if !(timeoutSeconds > 0 && timeoutSeconds <= Self.timeoutCeiling) {
            return "the time limit must be between 0 and \(Int(Self.timeoutCeiling)) seconds, got \(timeoutSeconds)"
        }
        if !(1...Self.rowCeiling).contains(maxRows) {
            return "the row limit must be between 1 and \(Self.rowCeiling), got \(maxRows)"
        }
        return nil
    }
}
