import SemanticModel
import Translation

/// Reviewed question/SQL pairs, matched on the question's normalised text. It sits in the service,
/// in front of whichever translator runs, so every translator (rules or LLM) gets the same
/// reviewed answers and can be measured without them.
struct VerifiedQueries: Sendable {
    private let byQuestion: [String: SemanticModel.VerifiedQuery]

    init(_ queries: [SemanticModel.VerifiedQuery]) {
        var byQuestion: [String: SemanticModel.VerifiedQuery] = [:]
        for query in queries where byQuestion[QuestionText.normalize(query.question)] == nil {
            byQuestion[QuestionText.normalize(query.question)] = query
        }
        self.byQuestion = byQuestion
    }

    func match(_ question: String) -> SemanticModel.VerifiedQuery? { byQuestion[QuestionText.normalize(question)] }
}
