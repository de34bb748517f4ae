/// One question's LLM attempts in a few numbers: what `logs stats` adds up by translator.
public struct LLMAttemptSummary: Sendable, Codable, Equatable {
    public var requests: Int
    /// Requests after the first (repair prompts sent).
    public var repairs: Int
    public var promptTokens: Int
    public var completionTokens: Int
    /// Time waiting for the model, all attempts together.
    public var translationMs: Double
    /// The last attempt's verdict, nil when the model was not asked.
    public var verdict: LLMAttempt.Verdict?

    enum CodingKeys: String, CodingKey {
        case requests, repairs, verdict
        case promptTokens = "prompt_tokens", completionTokens = "completion_tokens", translationMs = "translation_ms"
    }

    public init(_ attempts: [LLMAttempt]) {
        requests = attempts.count
        repairs = max(0, attempts.count - 1)
        promptTokens = attempts.compactMap(\.promptTokens).reduce(0, +)
        completionTokens = attempts.compactMap(\.completionTokens).reduce(0, +)
        translationMs = attempts.map(\.translationMs).reduce(0, +)
        verdict = attempts.last?.verdict
    }
}
