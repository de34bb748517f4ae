/// A model's answer, with what it cost.
public struct ChatCompletion: Sendable, Equatable {
    public var text: String
    /// Tokens of the prompt and of the answer, from the response's usage (nil when not reported).
    public var promptTokens: Int?
    public var completionTokens: Int?
    /// How many HTTP requests it took (retries included).
    public var tries: Int

    public init(text: String, promptTokens: Int? = nil, completionTokens: Int? = nil, tries: Int = 1) {
        self.text = text
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.tries = tries
    }
}
