import Translation
import Warehouse

/// What a person gets back for a question: the JSON object of `ask --json` and of the HTTP API.
public struct Answer: Codable, Sendable {
    public enum Status: String, Codable, Sendable { case answered, refused, failed }

    public var question: String
    public var status: Status
    public var sql: String?
    public var columns: [String]
    public var rows: [[SQLValue]]
    public var truncated: Bool
    public var interpretation: String
    public var suggestions: [String]
    public var translator: String
    public var verified_query: String?
    public var message: String?
    public var elapsed_ms: Double
    /// The id of the query-log entry, for feedback and review.
    public var log_id: Int64?
    /// What a follow-up question refines (not part of the JSON).
    public var context: ConversationContext?
    /// True when the failure came from an upstream service (an LLM backend), not from the
    /// question or the warehouse: the HTTP API answers 502 then (not part of the JSON).
    public var upstreamFailure = false
    /// Requests sent to an LLM for this answer (not part of the JSON).
    public var llmRequests = 0

    /// An answer for a question that could not even be attempted (no warehouse, bad model).
    public static func failure(question: String, message: String, translator: String = "rules") -> Answer {
        Answer(
            question: question, status: .failed, sql: nil, columns: [], rows: [], truncated: false, interpretation: "",
            suggestions: [], translator: translator, verified_query: nil, message: message, elapsed_ms: 0)
    }

    enum CodingKeys: String, CodingKey {
        case question, status, sql, columns, rows, truncated, interpretation, suggestions, translator, verified_query, message, elapsed_ms, log_id
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(question, forKey: .question)
        try c.encode(status, forKey: .status)
        try c.encode(sql, forKey: .sql)  // null, not absent
        try c.encode(columns, forKey: .columns)
        try c.encode(rows, forKey: .rows)
        try c.encode(truncated, forKey: .truncated)
        try c.encode(interpretation, forKey: .interpretation)
        try c.encode(suggestions, forKey: .suggestions)
        try c.encode(translator, forKey: .translator)
        try c.encode(verified_query, forKey: .verified_query)
        try c.encode(message, forKey: .message)
        try c.encode((elapsed_ms * 100).rounded() / 100, forKey: .elapsed_ms)
        try c.encodeIfPresent(log_id, forKey: .log_id)
    }
}
