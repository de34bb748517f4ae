import Foundation

/// Why an LLM backend gave no usable completion. Each message names the backend and the value at
/// fault and says what to do; none carries the API key (request headers are never echoed).
public enum LLMError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No connection (refused, reset, dropped, DNS), after the retries.
    case unreachable(backend: String, url: String, reason: String, tries: Int)
    /// No answer within the per-request timeout.
    case timeout(backend: String, url: String, seconds: Double)
    /// An HTTP error status (after the retries for 429 and 5xx).
    case http(backend: String, url: String, status: Int, message: String, tries: Int)
    /// The body is not JSON.
    case notJSON(backend: String, snippet: String)
    /// JSON, but not the shape this API answers with.
    case wrongShape(backend: String, problem: String)
    /// `choices` (or `content`) is empty.
    case emptyChoices(backend: String)
    /// The model stopped at the token limit (`finish_reason: length`); its SQL would be cut.
    case truncated(backend: String, maxTokens: Int)
    /// The circuit breaker is open: the backend failed repeatedly and is not called for a while.
    case circuitOpen(backend: String, failures: Int, retryInSeconds: Double, lastError: String)
    /// A backend that needs a key, without one.
    case missingKey(backend: String, variable: String)
    /// A setting that cannot work (bad URL, unknown backend, unreadable file).
    case configuration(String)

    public var description: String {
        switch self {
        case .unreachable(let backend, let url, let reason, let tries):
            return "the \(backend) backend at \(url) cannot be reached (\(reason)) after \(tries) tr\(tries == 1 ? "y" : "ies"); check that the server runs and the base URL (--llm-base-url) is right"
        case .timeout(let backend, let url, let seconds):
            return "the \(backend) backend at \(url) did not answer within \(Self.format(seconds)) s; raise the LLM timeout or use a faster model"
        case .http(let backend, let url, let status, let message, let tries):
            let hint: String
            switch status {
            case 401, 403: hint = "check the API key in the environment"
            case 404: hint = "check the model name (--llm-model) and the base URL (--llm-base-url)"
            case 429: hint = "the backend is rate limiting; try again later"
            case 500...: hint = "the backend is failing; try again later"
            default: hint = "the backend refused the request"
            }
            let detail = message.isEmpty ? "" : ": \(message)"
            return "the \(backend) backend at \(url) answered HTTP \(status)\(detail) (after \(tries) tr\(tries == 1 ? "y" : "ies")); \(hint)"
        case .notJSON(let backend, let snippet):
            return "the \(backend) backend answered something that is not JSON (starting '\(snippet)'); check that the base URL points at the API, not at a web page or proxy"
        case .wrongShape(let backend, let problem):
            return "the \(backend) backend answered JSON of an unexpected shape: \(problem); check that --llm names the API this server speaks"
        case .emptyChoices(let backend):
            return "the \(backend) backend answered with no completion (empty choices); try again or another model"
        case .truncated(let backend, let maxTokens):
            return "the \(backend) backend stopped at the token limit (\(maxTokens) tokens) before finishing its answer; raise the LLM max tokens"
        case .circuitOpen(let backend, let failures, let seconds, let lastError):
            return "the \(backend) backend failed \(failures) times in a row and is not called for another \(Self.format(seconds)) s (last error: \(lastError))"
        case .missingKey(let backend, let variable):
            return "the \(backend) backend needs an API key: set \(variable) in the environment (or api_key_file in the LLM config file); keys are never taken from flags"
        case .configuration(let message):
            return message
        }
    }

    /// Whether the backend could not be asked at all (as opposed to answering badly): the `auto`
    /// translator then refuses with the rules' reason.
    public var isUnavailable: Bool {
        switch self {
        case .unreachable, .timeout, .http, .circuitOpen, .missingKey, .configuration: return true
        case .notJSON, .wrongShape, .emptyChoices, .truncated: return false
        }
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
