import Foundation
import Testing
import Translation

/// What every translator shares: the conversation as plain, Codable text that a client can keep and
/// send back (the rules reread it question by question), and suggestions that translate.
@Suite struct TranslatorSeamTests {
    let rules = TranslatorFixture.cycling

    func sql(_ question: String, _ context: ConversationContext?) -> String? {
        if case .sql(let generated) = rules.translateNow(question, context: context) { return generated.sql }
        return nil
    }

    @Test func aContextSentBackAsJSONRefinesTheSame() throws {
        let context = ConversationContext(questions: ["revenue by country", "only 2013"], previousSQL: "SELECT 1")
        let json = try JSONEncoder().encode(context)
        let decoded = try JSONDecoder().decode(ConversationContext.self, from: json)
        #expect(decoded == context)
        let refined = try #require(sql("and by gender?", decoded))
        #expect(refined == sql("and by gender?", context))
        // Each earlier question still counts: the year of the second and the country of the first.
        #expect(refined.contains("2013-01-01") && refined.contains("country") && refined.contains("gender"))
    }

    @Test func eachQuestionRefinesTheOneBefore() throws {
        let first = try #require(sql("revenue by country", nil))
        let context = ConversationContext(previousQuestion: "revenue by country").adding("only 2012", sql: nil)
        let top = try #require(sql("top 3 instead", context))
        #expect(top != first && top.contains("2012-01-01") && top.contains("RANK()"))
        // A question that cannot be read breaks the chain: nothing after it is guessed from before it.
        let broken = context.adding("zxq vbn", sql: nil)
        #expect(sql("top 3 instead", broken) == nil)
    }

    @Test func aLongConversationKeepsItsLatestQuestions() throws {
        let many = (0..<50).map { "question \($0)" }
        let json = try JSONEncoder().encode(["questions": many])
        let decoded = try JSONDecoder().decode(ConversationContext.self, from: json)
        #expect(decoded.questions.count == ConversationContext.limit)
        #expect(decoded.previousQuestion == "question 49")
    }

    /// A suggestion is made from the model's names and must itself be answerable, on either model.
    @Test func everySuggestionTranslates() {
        for translator in [TranslatorFixture.cycling, TranslatorFixture.shop] {
            #expect(translator.suggestions.count >= 3)
            for suggestion in translator.suggestions { #expect(translator.sql(suggestion) != nil, "\(suggestion)") }
        }
        #expect(TranslatorFixture.shop.suggestions.contains { $0.contains("takings") })
    }
}
