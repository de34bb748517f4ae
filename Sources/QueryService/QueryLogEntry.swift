import LLMTranslation

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
    /// Time translating and time running the query, apart.
    public var translation_ms: Double?
    public var execution_ms: Double?
    /// Every request to an LLM while translating (empty for the rules).
    public var llm_attempts: [LLMAttempt] = []

    public init(
        id: Int64, time: String, interface: String, user: String?, question: String, translator: String, sql: String?,
        tables: [String], guard_allowed: Bool?, guard_reason: String?, status: String, row_count: Int, elapsed_ms: Double,
        error: String?, verified_query: String?, feedback: String?, flag_note: String?
    ) {
        self.id = id
        self.time = time
        self.interface = interface
        self.user = user
        self.question = question
        self.translator = translator
        self.sql = sql
        self.tables = tables
        self.guard_allowed = guard_allowed
        self.guard_reason = guard_reason
        self.status = status
        self.row_count = row_count
        self.elapsed_ms = elapsed_ms
        self.error = error
        self.verified_query = verified_query
        self.feedback = feedback
        self.flag_note = flag_note
    }
}
