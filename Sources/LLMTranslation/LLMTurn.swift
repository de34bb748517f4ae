/// The earlier question of a conversation and the SQL that answered it, sent with a follow-up
/// so the model can refine that query.
public struct LLMTurn: Sendable, Equatable {
    public var question: String
    public var sql: String?

    public init(question: String, sql: String?) {
        self.question = question
        self.sql = sql
    }
}
