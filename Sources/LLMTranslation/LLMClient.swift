/// The seam between the translator and a model: the HTTP client in production, an in-memory
/// script in tests, so that both exercise the same translator code.
public protocol LLMClient: Sendable {
    /// Which API shape, for logs: `openai`, `ollama`, `anthropic`, ...
    var backend: String { get }
    /// The model asked, for logs.
    var model: String { get }
    /// Throws `LLMError` when no usable completion came back.
    func complete(_ request: ChatRequest) async throws -> ChatCompletion
}
