/// Turns a question into SQL over the semantic model. The rule-based translator and the LLM
/// backends implement this one protocol.
public protocol Translator: Sendable {
    /// A short name for logs and answers, e.g. `rules` or `llm:openai`.
    var name: String { get }
    func translate(_ question: String, context: ConversationContext?) async throws -> Translation
    /// Questions it can answer, for people who do not know where to start.
    var suggestions: [String] { get }
}

/// The outcome of translating one question.
public enum Translation: Sendable {
    /// SQL to run, and how the question was understood.
    case sql(GeneratedSQL)
    /// The translator will not answer: why, and questions it can answer instead.
    case refusal(reason: String, suggestions: [String])
}

/// What a follow-up question refines: the previous question's understood intent.
public struct ConversationContext: Sendable {
    public var previousQuestion: String
    /// The rules' reading of it, when the rules answered (they refine it).
    public var previousIntent: QueryIntent?
    /// The SQL it was answered with (an LLM refines that).
    public var previousSQL: String?

    public init(previousQuestion: String, previousIntent: QueryIntent?, previousSQL: String? = nil) {
        self.previousQuestion = previousQuestion
        self.previousIntent = previousIntent
        self.previousSQL = previousSQL
    }
}

/// SQL a translator wrote, with how it understood the question.
public struct GeneratedSQL: Sendable {
    public var sql: String
    /// One sentence for people.
    public var interpretation: String
    /// The verified query used, if the question matched one.
    public var verifiedQuery: String?
    /// The structured understanding, for refining by a follow-up (nil when not available).
    public var intent: QueryIntent?

    public init(sql: String, interpretation: String, verifiedQuery: String? = nil, intent: QueryIntent? = nil) {
        self.sql = sql
        self.interpretation = interpretation
        self.verifiedQuery = verifiedQuery
        self.intent = intent
    }
}
