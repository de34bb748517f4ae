import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An LLM over HTTP with URLSession: one request shape per backend, a per-request timeout,
/// retries with backoff on connection errors, 429 and 5xx, and a circuit breaker. It never
/// crashes on what a server sends and never waits longer than its timeout per try.
public final class HTTPLLMClient: LLMClient, @unchecked Sendable {
    public let backend: String
    public let model: String
    /// Where requests go (without any key).
    public let endpoint: URL
    public let timeout: Double
    public let retry: RetryPolicy
    public let breaker: CircuitBreaker
    private let format: any ChatWireFormat
    private let apiKey: LLMAPIKey?
    private let session: URLSession

    /// - Parameters:
    ///   - baseURL: the API's base (`https://api.openai.com/v1`, `http://127.0.0.1:11434`, ...).
    ///   - timeout: seconds one HTTP request may take, connection included.
    public init(
        backend: LLMBackend, baseURL: URL, model: String, apiKey: LLMAPIKey?, timeout: Double = 30,
        retry: RetryPolicy = RetryPolicy(), breaker: CircuitBreaker = CircuitBreaker(),
        azureAPIVersion: String = "2024-10-21"
    ) throws {
        switch backend {
        case .openai: format = OpenAIChatFormat()
        case .azure: format = OpenAIChatFormat(azure: true, azureAPIVersion: azureAPIVersion)
        case .ollama: format = OllamaChatFormat()
        case .anthropic: format = AnthropicMessagesFormat()
        }
        guard let scheme = baseURL.scheme?.lowercased(), scheme == "http" || scheme == "https", baseURL.host != nil else {
            throw LLMError.configuration("the LLM base URL '\(baseURL.absoluteString)' must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:11434")
        }
        guard timeout > 0, timeout.isFinite else {
            throw LLMError.configuration("the LLM timeout must be a positive number of seconds, not \(timeout)")
        }
        self.backend = backend.rawValue
        self.model = model
        self.endpoint = try format.endpoint(base: baseURL, model: model)
        self.apiKey = apiKey
        self.timeout = timeout
        self.retry = retry
        self.breaker = breaker
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        // A backstop only: libcurl's timeouts on Linux are whole seconds; the race below is exact.
        configuration.timeoutIntervalForRequest = (timeout + 1).rounded(.up)
        configuration.timeoutIntervalForResource = (timeout + 1).rounded(.up)
        self.session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func complete(_ request: ChatRequest) async throws -> ChatCompletion {
        try breaker.admit(backend: backend)
        do {
            let completion = try await send(request)
            breaker.recordSuccess()
            return completion
        } catch let error as LLMError {
            if Self.isBackendFault(error) { breaker.recordFailure(error.description) }
            throw error
        }
    }

    /// Faults of the backend's health (not of our request or of one odd answer) count toward the breaker.
    static func isBackendFault(_ error: LLMError) -> Bool {
        switch error {
        case .unreachable, .timeout, .notJSON: return true
        case .http(_, _, let status, _, _): return status == 408 || status == 429 || status >= 500
        default: return false
        }
    }

    private func send(_ chat: ChatRequest) async throws -> ChatCompletion {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.timeoutInterval = (timeout + 1).rounded(.up)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        for (name, value) in format.headers(apiKey: apiKey?.value) { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = try format.body(model: model, request: chat)
        let shownURL = Self.shown(endpoint)

        var tries = 0
        while true {
            tries += 1
            let response: Response
            do {
                response = try await perform(request)
            } catch TransportFailure.timedOut {
                // A slow model is slow again: no retry, the question has its own time limit.
                throw LLMError.timeout(backend: backend, url: shownURL, seconds: timeout)
            } catch TransportFailure.connection(let reason) {
                guard tries < retry.maxTries else {
                    throw LLMError.unreachable(backend: backend, url: shownURL, reason: reason, tries: tries)
                }
                try await retry.sleep(retry.delay(afterTry: tries, retryAfter: nil))
                continue
            }
            if (200..<300).contains(response.status) {
                var completion = try format.parse(response.body, maxTokens: chat.maxTokens)
                completion.tries = tries
                return completion
            }
            let message = OpenAIChatFormat.errorMessage(response.body)
            let retryable = response.status == 408 || response.status == 429 || response.status >= 500
            guard retryable, tries < retry.maxTries else {
                throw LLMError.http(backend: backend, url: shownURL, status: response.status, message: message, tries: tries)
            }
            let retryAfter = RetryPolicy.retryAfterSeconds(response.header("Retry-After"))
            if let retryAfter, retryAfter > retry.maxRetryAfter {
                throw LLMError.http(
                    backend: backend, url: shownURL, status: response.status,
                    message: "asks to retry after \(LLMError.format(retryAfter)) s, longer than the \(LLMError.format(retry.maxRetryAfter)) s this client waits" + (message.isEmpty ? "" : "; \(message)"),
                    tries: tries)
            }
            try await retry.sleep(retry.delay(afterTry: tries, retryAfter: retryAfter))
        }
    }

    /// The URL for messages: without any user or password a base URL may carry.
    static func shown(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            components.user != nil || components.password != nil
        else { return url.absoluteString }
        components.user = nil
        components.password = nil
        return components.string ?? url.absoluteString
    }

    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: Data
        func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    enum TransportFailure: Error {
        case timedOut
        case connection(String)
    }

    /// One request, raced against the timeout (URLSession's own timeout is coarse on Linux).
    private func perform(_ request: URLRequest) async throws -> Response {
        let seconds = timeout
        return try await withThrowingTaskGroup(of: Response?.self) { group in
            group.addTask { try await self.fetch(request) }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let response = first else { throw TransportFailure.timedOut }
            return response
        }
    }

    /// The data task, cancelled when the calling task is.
    private func fetch(_ request: URLRequest) async throws -> Response {
        let handle = DataTaskHandle()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Response, any Error>) in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        let urlError = error as? URLError
                        if urlError?.code == .cancelled {
                            continuation.resume(throwing: CancellationError())
                        } else if urlError?.code == .timedOut {
                            continuation.resume(throwing: TransportFailure.timedOut)
                        } else {
                            continuation.resume(throwing: TransportFailure.connection(Self.describe(error)))
                        }
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(throwing: TransportFailure.connection("no HTTP response"))
                        return
                    }
                    var headers: [String: String] = [:]
                    for (name, value) in http.allHeaderFields {
                        headers["\(name)"] = "\(value)"
                    }
                    continuation.resume(returning: Response(status: http.statusCode, headers: headers, body: data ?? Data()))
                }
                handle.start(task)
            }
        } onCancel: {
            handle.cancel()
        }
    }

    static func describe(_ error: any Error) -> String {
        if let urlError = error as? URLError {
            switch urlError.code {
            case .cannotConnectToHost: return "connection refused"
            case .networkConnectionLost: return "the connection was dropped"
            case .cannotFindHost, .dnsLookupFailed: return "the host name cannot be resolved"
            case .badServerResponse, .zeroByteResource: return "the server closed the connection without a valid HTTP answer"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
                return "the TLS connection failed"
            default: return urlError.localizedDescription
            }
        }
        return "\(error)"
    }
}
