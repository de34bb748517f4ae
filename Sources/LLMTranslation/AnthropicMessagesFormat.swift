import Foundation

/// Anthropic's Messages API: the system prompt apart, `x-api-key` and `anthropic-version`.
struct AnthropicMessagesFormat: ChatWireFormat {
    var version: String = "2023-06-01"
    var backend: LLMBackend { .anthropic }

    func endpoint(base: URL, model: String) throws -> URL {
        // ANTHROPIC_BASE_URL is the host (`https://api.anthropic.com`); accept one ending in /v1 too.
        try Self.appending(Self.path(of: base).hasSuffix("/v1") ? "/messages" : "/v1/messages", to: base)
    }

    func headers(apiKey: String?) -> [String: String] {
        var headers = ["anthropic-version": version]
        if let apiKey, !apiKey.isEmpty { headers["x-api-key"] = apiKey }
        return headers
    }

    func body(model: String, request: ChatRequest) throws -> Data {
        let system = request.messages.filter { $0.role == .system }.map(\.content).joined(separator: "\n\n")
        var object: [String: Any] = [
            "model": model,
            "messages": Self.messages(request.messages.filter { $0.role != .system }),
            "temperature": request.temperature,
            "max_tokens": request.maxTokens,
        ]
        if !system.isEmpty { object["system"] = system }
        return try Self.json(object)
    }

    func parse(_ body: Data, maxTokens: Int) throws -> ChatCompletion {
        let object = try object(body)
        guard let content = object["content"] as? [Any] else {
            throw missing("'content' array", in: object)
        }
        if (object["stop_reason"] as? String) == "max_tokens" {
            throw LLMError.truncated(backend: backend.rawValue, maxTokens: maxTokens)
        }
        let texts = content.compactMap { block -> String? in
            guard let block = block as? [String: Any], (block["type"] as? String) == "text" else { return nil }
            return block["text"] as? String
        }
        if texts.isEmpty { throw LLMError.emptyChoices(backend: backend.rawValue) }
        let usage = object["usage"] as? [String: Any]
        return ChatCompletion(
            text: texts.joined(), promptTokens: Self.int(usage?["input_tokens"]),
            completionTokens: Self.int(usage?["output_tokens"]))
    }
}
