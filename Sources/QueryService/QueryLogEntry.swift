/// One logged question, with the fields Cortex Analyst keeps for a request and a few more.
public struct QueryLogEntry: Codable, Sendable {
    public var id: Int64
    public var time: String
    public var interface: String
    public var user: String?
    public var question: String
    public var translator: String
    public var sql: String?
    public var tables: [String]
    public var guard_allowed: Bool?
    public var guard_reason: String?
    public var status: String
    public var row_count: Int
    public var elapsed_ms: Double
    public var error: String?
    public var verified_query: String?
    public var feedback: String?
    public var flag_note: String?
}
