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

    public var summary: LLMAttemptSummary { LLMAttemptSummary(attempts) }
}
