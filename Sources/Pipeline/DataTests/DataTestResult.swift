/// The outcome of one data test.
public struct DataTestResult: Codable, Sendable {
    public var name: String
    public var table: String
    public var passed: Bool
    /// Number of offending rows.
    public var failures: Int
    /// A few offending rows, each rendered as `column=value, ...`.
    public var samples: [String]
}
