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

/// What a follow-up question refines: the conversation so far as plain text that any client can
/// keep and send back (it is Codable), the same for every translator. The rule-based translator
/// rereads the questions in order (it is deterministic and fast); an LLM is shown the last
/// question and the SQL that answered it.
public struct ConversationContext: Codable, Sendable, Equatable {
    /// At most this many questions are kept: a follow-up rarely reaches further back, and each is reread.
    public static let limit = 8

    /// The questions answered so far, oldest first; a follow-up refines the last.
    public private(set) var questions: [String]
    /// The SQL that answered the last question, when known.
    public var previousSQL: String?

    public var previousQuestion: String { questions.last ?? "" }

    public init(questions: [String], previousSQL: String? = nil) {
        self.questions = Array(questions.suffix(Self.limit))
        self.previousSQL = previousSQL
    }

    public init(previousQuestion: String, previousSQL: String? = nil) {
        self.init(questions: [previousQuestion], previousSQL: previousSQL)
    }

    /// A context sent back by a client keeps the same limit as one built here.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            questions: try container.decode([String].self, forKey: .questions),
            previousSQL: try container.decodeIfPresent(String.self, forKey: .previousSQL))
    }

    /// The conversation once `question` has been answered with `sql`.
    public func adding(_ question: String, sql: String?) -> ConversationContext {
        ConversationContext(questions: questions + [question], previousSQL: sql)
    }
}

/// SQL a translator wrote, with how it understood the question.
public struct GeneratedSQL: Sendable {
    public var sql: String
    /// One sentence for people.
    public var interpretation: String
    /// The verified query used, if the question matched one.
    public var verifiedQuery: String?

    public init(sql: String, interpretation: String, verifiedQuery: String? = nil) {
        self.sql = sql
        self.interpretation = interpretation
        self.verifiedQuery = verifiedQuery
    }
}
