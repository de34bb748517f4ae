import Foundation

/// How one API shape writes a chat request and reads its answer. The HTTP client does the
/// transport, retries and breaker; a format knows URLs, headers and JSON only.
protocol ChatWireFormat: Sendable {
    var backend: LLMBackend { get }
    /// The URL to POST to, from the configured base URL and model.
    func endpoint(base: URL, model: String) throws -> URL
    /// Headers besides Content-Type; the key goes in here and nowhere else.
    func headers(apiKey: String?) -> [String: String]
    func body(model: String, request: ChatRequest) throws -> Data
    /// Reads a 2xx body; throws `LLMError` for bodies that are not JSON, of the wrong shape,
    /// with no completion, or cut at the token limit.
    func parse(_ body: Data, maxTokens: Int) throws -> ChatCompletion
}

extension ChatWireFormat {
    /// The JSON object of a body, or `notJSON` with the start of the text.
    func object(_ body: Data) throws -> [String: Any] {
        guard let value = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) else {
            throw LLMError.notJSON(backend: backend.rawValue, snippet: Self.snippet(body))
        }
        guard let object = value as? [String: Any] else {
            throw LLMError.wrongShape(backend: backend.rawValue, problem: "expected a JSON object, got \(Self.kind(of: value))")
        }
        return object
    }

    /// Why a 2xx body lacks `key`: the error it carries instead (some servers answer 200 with
    /// `{"error": ...}`), else the keys it has.
    func missing(_ what: String, in object: [String: Any]) -> LLMError {
        if object["error"] != nil, let data = try? JSONSerialization.data(withJSONObject: object) {
            let message = Self.errorMessage(data)
            if !message.isEmpty { return .wrongShape(backend: backend.rawValue, problem: "no \(what) but an error: \(message)") }
        }
        return .wrongShape(backend: backend.rawValue, problem: "no \(what) (keys: \(object.keys.sorted().joined(separator: ", ")))")
    }

    /// The message of an error body (`{"error": {"message": ...}}`, `{"error": "..."}`), or its start.
    static func errorMessage(_ body: Data) -> String {
        if let object = (try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return clip(message) }
            if let error = object["error"] as? String { return clip(error) }
            if let message = object["message"] as? String { return clip(message) }
            // JSON without a message says nothing a person can use.
            return ""
        }
        return snippet(body)
    }

    static func snippet(_ body: Data) -> String {
        let text = String(decoding: body.prefix(120), as: UTF8.self)
        return text.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
    }

    static func clip(_ text: String) -> String { text.count > 300 ? String(text.prefix(300)) + "…" : text }

    static func kind(of value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is String: return "a string"
        case is NSNumber: return "a number"
        case is NSNull: return "null"
        default: return "\(type(of: value))"
        }
    }

    static func int(_ value: Any?) -> Int? { (value as? NSNumber)?.intValue }

    /// The base URL's path without trailing slashes.
    static func path(of base: URL) -> String {
        var path = base.path
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    static func appending(_ suffix: String, to base: URL, query: String? = nil) throws -> URL {
        var text = base.absoluteString
        if let q = text.firstIndex(of: "?") { text = String(text[..<q]) }
        while text.hasSuffix("/") { text.removeLast() }
        text += suffix
        if let query { text += "?" + query }
        guard let url = URL(string: text) else {
            throw LLMError.configuration("the LLM base URL '\(base.absoluteString)' does not make a valid URL with '\(suffix)'")
        }
        return url
    }

    static func json(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static func messages(_ messages: [ChatMessage]) -> [[String: Any]] {
        messages.map { ["role": $0.role.rawValue, "content": $0.content] }
    }
}
