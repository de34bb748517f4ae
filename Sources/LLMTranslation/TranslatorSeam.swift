import SemanticModel
import Translation

// The one place that knows the shape of the `Translator` seam (Sources/Translation/Translator.swift).

/// Converts between the service's translator seam and the LLM translator's own types.
public enum TranslatorSeam {
    /// The earlier turn of a conversation, as the LLM prompt wants it.
    public static func previousTurn(_ context: ConversationContext?) -> LLMTurn? {
        guard let context, !context.previousQuestion.isEmpty else { return nil }
        // The earlier question and the SQL it was answered with: the model refines that SQL.
        return LLMTurn(question: context.previousQuestion, sql: context.previousSQL)
    }

    /// The LLM's outcome as a translation; nil for a backend failure (the caller decides).
    public static func translation(_ result: LLMResult, suggestions: [String]) -> Translation? {
        switch result.outcome {
        case .sql(let sql, let interpretation):
            return .sql(GeneratedSQL(sql: sql, interpretation: interpretation))
        case .refusal(let reason):
            return .refusal(reason: reason, suggestions: suggestions)
        case .failure:
            return nil
        }
    }
}

extension LLMTranslator: Translator {
    /// None of its own: the service lists the model's onboarding questions for every translator.
    public var suggestions: [String] { [] }

    /// Throws the `LLMError` when the backend cannot answer: with `--translator llm` the service
    /// reports it as a failed question (`auto` turns it into a refusal instead).
    public func translate(_ question: String, context: ConversationContext?) async throws -> Translation {
        let result = try await run(question, previous: TranslatorSeam.previousTurn(context))
        if case .failure(let error) = result.outcome { throw error }
        return TranslatorSeam.translation(result, suggestions: suggestions)!
    }
}
