/// What a model's answer says, once read: SQL with its interpretation, or a refusal.
public enum LLMAnswer: Sendable, Equatable {
    case sql(String, interpretation: String)
    case refusal(String)
}
