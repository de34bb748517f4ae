import Translation

/// `--translator auto`: the rules answer what they recognise; only what they refuse goes to the
/// LLM. So `auto` never answers worse than the rules alone, and an unreachable LLM ends in the
/// rules' own refusal with the reason the LLM could not help.
public struct AutoTranslator: Translator {
    public let rules: any Translator
    public let llm: LLMTranslator

    public init(rules: any Translator, llm: LLMTranslator) {
        self.rules = rules
        self.llm = llm
    }

    public var name: String { "auto" }
    public var suggestions: [String] { rules.suggestions }

    public func translate(_ question: String, context: ConversationContext?) async throws -> Translation {
        let first = try await rules.translate(question, context: context)
        guard case .refusal(let rulesReason, let suggestions) = first else { return first }
        let result = try await llm.run(question, previous: TranslatorSeam.previousTurn(context))
        switch result.outcome {
        case .failure(let error):
            return .refusal(
                reason: "\(rulesReason) (the \(llm.client.backend) LLM could not be asked either: \(error))",
                suggestions: suggestions)
        case .refusal(let reason):
            return .refusal(
                reason: "\(rulesReason) (the \(llm.client.backend) LLM did not answer either: \(reason))",
                suggestions: suggestions)
        case .sql:
            return TranslatorSeam.translation(result, suggestions: suggestions)!
        }
    }
}
