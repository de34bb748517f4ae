import Foundation

/// An LLM that answers from a script, recording what it was asked: the translator's real code
/// paths without a network. Once the script is used up it answers with the last reply again.
public final class InMemoryLLMClient: LLMClient, @unchecked Sendable {
    public enum Reply: Sendable {
        case text(String, promptTokens: Int? = nil, completionTokens: Int? = nil)
        case failure(LLMError)
    }

    public let backend: String
    public let model: String
    private let lock = NSLock()
    private var script: [Reply]
    private var asked: [ChatRequest] = []

    public init(backend: String = "memory", model: String = "scripted", replies: [Reply]) {
        self.backend = backend
        self.model = model
        self.script = replies
    }

    /// Every request so far, in order.
    public var requests: [ChatRequest] { lock.withLock { asked } }

    public func complete(_ request: ChatRequest) async throws -> ChatCompletion {
        let reply: Reply? = lock.withLock {
            asked.append(request)
            return script.count > 1 ? script.removeFirst() : script.first
        }
        switch reply {
        case .text(let text, let prompt, let completion)?:
            return ChatCompletion(text: text, promptTokens: prompt, completionTokens: completion)
        case .failure(let error)?:
            throw error
        case nil:
            throw LLMError.configuration("the in-memory LLM has no replies scripted")
        }
    }
}
