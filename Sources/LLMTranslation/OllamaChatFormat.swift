import Foundation

/// Ollama's native chat API, `POST /api/chat` without streaming.
struct OllamaChatFormat: ChatWireFormat {
    var backend: LLMBackend { .ollama }

    func endpoint(base: URL, model: String) throws -> URL {
        try Self.appending("/api/chat", to: base)
    }

    func headers(apiKey: String?) -> [String: String] {
        // A local Ollama needs no key; one behind an authenticating proxy may take a bearer key.
        guard let apiKey, !apiKey.isEmpty else { return [:] }
        return ["Authorization": "Bearer \(apiKey)"]
    }

    func body(model: String, request: ChatRequest) throws -> Data {
        try Self.json([
            "model": model,
            "messages": Self.messages(request.messages),
            "stream": false,
            "options": ["temperature": request.temperature, "num_predict": request.maxTokens],
        ])
    }

    func parse(_ body: Data, maxTokens: Int) throws -> ChatCompletion {
        let object = try object(body)
        guard let message = object["message"] as? [String: Any] else {
            throw missing("'message' object", in: object)
        }
        guard let content = message["content"] as? String else {
            throw LLMError.wrongShape(backend: backend.rawValue, problem: "message.content is not text")
        }
        if (object["done_reason"] as? String) == "length" {
            throw LLMError.truncated(backend: backend.rawValue, maxTokens: maxTokens)
        }
        if content.isEmpty { throw LLMError.emptyChoices(backend: backend.rawValue) }
        return ChatCompletion(
            text: content, promptTokens: Self.int(object["prompt_eval_count"]),
            completionTokens: Self.int(object["eval_count"]))
    }
}
