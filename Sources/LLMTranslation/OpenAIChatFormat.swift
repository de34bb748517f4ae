import Foundation

/// OpenAI's chat completions, as OpenAI, vLLM, llama.cpp, LM Studio, Ollama's /v1, Groq and
/// Azure OpenAI speak it.
struct OpenAIChatFormat: ChatWireFormat {
    var azure: Bool = false
    /// Azure's `api-version` query parameter (deployment URLs only).
    var azureAPIVersion: String = "2024-10-21"

    var backend: LLMBackend { azure ? .azure : .openai }

    func endpoint(base: URL, model: String) throws -> URL {
        let path = Self.path(of: base)
        if azure {
            // Azure's v1 API (`/openai/v1`) takes the model in the body like OpenAI; the older
            // deployment URLs name the deployment (our model) in the path.
            if path.hasSuffix("/openai/v1") { return try Self.appending("/chat/completions", to: base) }
            let deployment = model.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? model
            let root = path.hasSuffix("/openai") ? "" : "/openai"
            return try Self.appending(
                "\(root)/deployments/\(deployment)/chat/completions", to: base,
                query: "api-version=\(azureAPIVersion)")
        }
        // OPENAI_BASE_URL carries its version (`https://api.openai.com/v1`, `.../openai/v1`);
        // a bare server address (`http://localhost:8080`) gets the `/v1` every such server serves.
        return try Self.appending(path.isEmpty ? "/v1/chat/completions" : "/chat/completions", to: base)
    }

    func headers(apiKey: String?) -> [String: String] {
        guard let apiKey, !apiKey.isEmpty else { return [:] }
        return azure ? ["api-key": apiKey] : ["Authorization": "Bearer \(apiKey)"]
    }

    func body(model: String, request: ChatRequest) throws -> Data {
        try Self.json([
            "model": model,
            "messages": Self.messages(request.messages),
            "temperature": request.temperature,
            "max_tokens": request.maxTokens,
            "stream": false,
        ])
    }

    func parse(_ body: Data, maxTokens: Int) throws -> ChatCompletion {
        let object = try object(body)
        guard let choices = object["choices"] as? [Any] else {
            throw missing("'choices' array", in: object)
        }
        guard let first = choices.first else { throw LLMError.emptyChoices(backend: backend.rawValue) }
        guard let choice = first as? [String: Any], let message = choice["message"] as? [String: Any] else {
            throw LLMError.wrongShape(backend: backend.rawValue, problem: "choices[0] has no 'message' object")
        }
        if (choice["finish_reason"] as? String) == "length" {
            throw LLMError.truncated(backend: backend.rawValue, maxTokens: maxTokens)
        }
        if (choice["finish_reason"] as? String) == "content_filter" {
            return ChatCompletion(text: "{\"refusal\": \"the backend's content filter stopped the answer\"}")
        }
        guard let content = message["content"] as? String else {
            if let refusal = message["refusal"] as? String {
                return ChatCompletion(text: "{\"refusal\": \(Self.quoted(refusal))}")
            }
            throw LLMError.wrongShape(backend: backend.rawValue, problem: "choices[0].message.content is not text")
        }
        let usage = object["usage"] as? [String: Any]
        return ChatCompletion(
            text: content, promptTokens: Self.int(usage?["prompt_tokens"]),
            completionTokens: Self.int(usage?["completion_tokens"]))
    }

    static func quoted(_ text: String) -> String {
        (try? String(decoding: JSONSerialization.data(withJSONObject: [text], options: []), as: UTF8.self))
            .map { String($0.dropFirst().dropLast()) } ?? "\"\""
    }
}
