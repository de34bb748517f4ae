/// What the translator asks of a model, independent of the API shape.
public struct ChatRequest: Sendable, Equatable {
    public var messages: [ChatMessage]
    /// 0 by default: the same question should get the same SQL.
    public var temperature: Double
    /// The most tokens the answer may take; an answer cut at this limit is an error, not SQL.
    public var maxTokens: Int

    public init(messages: [ChatMessage], temperature: Double = 0, maxTokens: Int = 1_024) {
        self.messages = messages
        self.temperature = temperature
        self.maxTokens = maxTokens
    }
}
