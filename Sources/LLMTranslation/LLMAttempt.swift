/// One request to the model while translating a question: what it cost, what came back and
/// what the checker said. The caller logs these (the query log, `logs show`, `logs stats`).
public struct LLMAttempt: Sendable, Codable, Equatable {
    public enum Verdict: String, Sendable, Codable {
        /// The SQL passed the checker (guard and compile step).
        case accepted
        /// The checker refused the SQL; a repair follows if attempts are left.
        case refused
        /// The model declined to answer.
        case modelRefusal = "model_refusal"
        /// No SQL or refusal could be read from the answer; a repair follows if attempts are left.
        case unreadable
        /// The backend gave no completion (unreachable, timeout, HTTP error, malformed body).
        case error
    }

    /// 1 for the first request, 2 and 3 for repairs.
    public var attempt: Int
    public var backend: String
    public var model: String
    public var promptTokens: Int?
    public var completionTokens: Int?
    /// HTTP requests it took, retries included.
    public var httpTries: Int
    public var sql: String?
    public var verdict: Verdict
    /// The checker's reason, the model's refusal, or the error.
    public var reason: String?
    /// When the request started, ISO 8601 UTC.
    public var startedAt: String
    /// Time waiting for the model (retries included), and time checking its SQL, apart.
    public var translationMs: Double
    public var checkMs: Double

    enum CodingKeys: String, CodingKey {
        case attempt, backend, model, sql, verdict, reason
        case promptTokens = "prompt_tokens", completionTokens = "completion_tokens", httpTries = "http_tries"
        case startedAt = "started_at", translationMs = "translation_ms", checkMs = "check_ms"
    }

    public init(
        attempt: Int, backend: String, model: String, promptTokens: Int? = nil, completionTokens: Int? = nil,
        httpTries: Int = 1, sql: String? = nil, verdict: Verdict, reason: String? = nil, startedAt: String,
        translationMs: Double, checkMs: Double = 0
    ) {
        self.attempt = attempt
        self.backend = backend
        self.model = model
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.httpTries = httpTries
        self.sql = sql
        self.verdict = verdict
        self.reason = reason
        self.startedAt = startedAt
        self.translationMs = translationMs
        self.checkMs = checkMs
    }
}
