/// The rows a query returned, capped at the executor's row limit.
public struct QueryResult: Sendable {
    public var columns: [String]
    public var rows: [[SQLValue]]
    /// True when more rows existed than the limit allowed.
    public var truncated: Bool
    public var milliseconds: Double

    public init(columns: [String], rows: [[SQLValue]], truncated: Bool, milliseconds: Double) {
        self.columns = columns
        self.rows = rows
        self.truncated = truncated
        self.milliseconds = milliseconds
    }
}
