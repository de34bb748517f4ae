/// What the LLM translator made of one question, with every attempt it took.
public struct LLMResult: Sendable {
    public enum Outcome: Sendable {
        case sql(String, interpretation: String)
        /// The model declined, or its SQL was refused after every repair.
        case refusal(String)
        /// The backend could not give an answer (see `LLMError.isUnavailable`).
        case failure(LLMError)
    }

    public var outcome: Outcome
    public var attempts: [LLMAttempt]

    public init(outcome: Outcome, attempts: [LLMAttempt]) {
        self.outcome = outcome
        self.attempts = attempts
    }

    /// Requests after the first: how often the repair prompt was sent.
    public var repairs: Int { max(0, attempts.count - 1) }
    public var promptTokens: Int { attempts.compactMap(\.promptTokens).reduce(0, +) }
    public var completionTokens: Int { attempts.compactMap(\.completionTokens).reduce(0, +) }
}
