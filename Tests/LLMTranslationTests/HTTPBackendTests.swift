import Foundation
import Testing

@testable import LLMTranslation

/// Each API shape against a fake server on loopback: what the client sends (URL, headers, body,
/// model, temperature) and what it makes of each reply.
@Suite struct HTTPBackendTests {
    let key = LLMAPIKey("sk-test-secret-123", source: "TEST_KEY")

    func client(
        _ backend: LLMBackend, _ server: FakeLLMServer, base: String? = nil, model: String = "test-model",
        timeout: Double = 10, maxTries: Int = 3
    ) throws -> (HTTPLLMClient, SleepRecorder) {
        let (retry, sleeps) = Fixtures.recordingRetry(maxTries: maxTries)
        let url = base.map { URL(string: server.baseURL.absoluteString + $0)! } ?? server.baseURL
        return (try HTTPLLMClient(backend: backend, baseURL: url, model: model, apiKey: key, timeout: timeout, retry: retry), sleeps)
    }

    let chat = ChatRequest(messages: [.system("You write SQL."), .user("Question: revenue")], temperature: 0, maxTokens: 256)

    @Test func openAIChatCompletions() async throws {
        let server = try FakeLLMServer([.json(Fixtures.openAI("{\"sql\": \"SELECT 1\"}"))])
        defer { server.stop() }
        // OPENAI_BASE_URL style, with its /v1.
        let (client, _) = try client(.openai, server, base: "/v1")
        let completion = try await client.complete(chat)
        #expect(completion == ChatCompletion(text: "{\"sql\": \"SELECT 1\"}", promptTokens: 812, completionTokens: 41, tries: 1))
        let request = try #require(server.requests.first)
        #expect(request.method == "POST")
        #expect(request.target == "/v1/chat/completions")
        #expect(request.headers["authorization"] == "Bearer sk-test-secret-123")
        #expect(request.headers["content-type"] == "application/json")
        let body = try #require(request.json)
        #expect(body["model"] as? String == "test-model")
        #expect(body["temperature"] as? Double == 0)
        #expect(body["max_tokens"] as? Int == 256)
        #expect(body["stream"] as? Bool == false)
        let messages = try #require(body["messages"] as? [[String: String]])
        #expect(messages == [["role": "system", "content": "You write SQL."], ["role": "user", "content": "Question: revenue"]])
    }

    @Test func aBareServerAddressGetsV1() async throws {
        let server = try FakeLLMServer([.json(Fixtures.openAI("x"))])
        defer { server.stop() }
        let (client, _) = try client(.openai, server)
        _ = try await client.complete(chat)
        #expect(server.requests.first?.target == "/v1/chat/completions")
    }

    @Test func azureDeploymentURLAndAPIKeyHeader() async throws {
        let server = try FakeLLMServer([.json(Fixtures.openAI("x"))])
        defer { server.stop() }
        let (client, _) = try client(.azure, server, model: "sql-deployment")
        _ = try await client.complete(chat)
        let request = try #require(server.requests.first)
        #expect(request.target == "/openai/deployments/sql-deployment/chat/completions?api-version=2024-10-21")
        #expect(request.headers["api-key"] == "sk-test-secret-123")
        #expect(request.headers["authorization"] == nil)
    }

    @Test func ollamaNativeChat() async throws {
        let server = try FakeLLMServer([.json(Fixtures.ollama("{\"sql\": \"SELECT 1\"}"))])
        defer { server.stop() }
        let (client, _) = try client(.ollama, server, model: "llama3.1")
        let completion = try await client.complete(chat)
        #expect(completion == ChatCompletion(text: "{\"sql\": \"SELECT 1\"}", promptTokens: 700, completionTokens: 30, tries: 1))
        let request = try #require(server.requests.first)
        #expect(request.target == "/api/chat")
        let body = try #require(request.json)
        #expect(body["model"] as? String == "llama3.1")
        #expect(body["stream"] as? Bool == false)
        let options = try #require(body["options"] as? [String: Any])
        #expect(options["temperature"] as? Double == 0)
        #expect(options["num_predict"] as? Int == 256)
        #expect((body["messages"] as? [[String: String]])?.first?["role"] == "system")
    }

    @Test func anthropicMessages() async throws {
        let server = try FakeLLMServer([.json(Fixtures.anthropic("{\"sql\": \"SELECT 1\"}"))])
        defer { server.stop() }
        let (client, _) = try client(.anthropic, server, model: "claude-test")
        let completion = try await client.complete(chat)
        #expect(completion == ChatCompletion(text: "{\"sql\": \"SELECT 1\"}", promptTokens: 900, completionTokens: 50, tries: 1))
        let request = try #require(server.requests.first)
        #expect(request.target == "/v1/messages")
        #expect(request.headers["x-api-key"] == "sk-test-secret-123")
        #expect(request.headers["anthropic-version"] == "2023-06-01")
        #expect(request.headers["authorization"] == nil)
        let body = try #require(request.json)
        #expect(body["system"] as? String == "You write SQL.")
        #expect(body["messages"] as? [[String: String]] == [["role": "user", "content": "Question: revenue"]])
        #expect(body["max_tokens"] as? Int == 256)
        #expect(body["temperature"] as? Double == 0)
    }

    // MARK: - Faults

    @Test func rateLimitHonoursRetryAfter() async throws {
        let server = try FakeLLMServer([
            .json(#"{"error": {"message": "slow down"}}"#, status: 429, headers: ["Retry-After": "2"]),
            .json(Fixtures.openAI("ok")),
        ])
        defer { server.stop() }
        let (client, sleeps) = try client(.openai, server)
        let completion = try await client.complete(chat)
        #expect(completion.text == "ok" && completion.tries == 2)
        #expect(sleeps.sleeps == [2])
        #expect(server.requests.count == 2)
    }

    @Test func serverErrorsBackOffExponentiallyThenSucceed() async throws {
        let server = try FakeLLMServer([.json("oops", status: 500), .json("", status: 503), .json(Fixtures.anthropic("ok"))])
        defer { server.stop() }
        let (client, sleeps) = try client(.anthropic, server)
        let completion = try await client.complete(chat)
        #expect(completion.text == "ok" && completion.tries == 3)
        // base 0.5 s doubling, jitter 0 takes the fixed half: 0.25, 0.5.
        #expect(sleeps.sleeps == [0.25, 0.5])
    }

    @Test func jitterSpreadsTheBackoff() {
        let policy = RetryPolicy(baseDelay: 1, maxDelay: 4, sleep: { _ in }, jitter: { 1 })
        #expect([1, 2, 3, 4].map { policy.delay(afterTry: $0, retryAfter: nil) } == [1, 2, 4, 4])
        let low = RetryPolicy(baseDelay: 1, maxDelay: 4, sleep: { _ in }, jitter: { 0 })
        #expect([1, 2, 3].map { low.delay(afterTry: $0, retryAfter: nil) } == [0.5, 1, 2])
        #expect(
            RetryPolicy.retryAfterSeconds(
                "Tue, 01 Dec 2026 12:00:30 GMT",
                now: Date(timeIntervalSince1970: 1_796_126_400)) == 30)
        #expect(RetryPolicy.retryAfterSeconds("soon") == nil)
    }

    @Test func persistentServerErrorsGiveUpAfterMaxTries() async throws {
        let server = try FakeLLMServer([.json(#"{"error": {"message": "model crashed"}}"#, status: 500)])
        defer { server.stop() }
        let (client, sleeps) = try client(.ollama, server)
        await #expect(
            throws: LLMError.http(
                backend: "ollama", url: server.baseURL.absoluteString + "/api/chat", status: 500,
                message: "model crashed", tries: 3)
        ) { try await client.complete(chat) }
        #expect(server.requests.count == 3)
        #expect(sleeps.sleeps.count == 2)
    }

    @Test func aRetryAfterBeyondTheCapFailsAtOnce() async throws {
        let server = try FakeLLMServer([.json("{}", status: 429, headers: ["Retry-After": "3600"])])
        defer { server.stop() }
        let (client, sleeps) = try client(.openai, server)
        do {
            _ = try await client.complete(chat)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("asks to retry after 3600 s, longer than the 30 s this client waits"))
        }
        #expect(server.requests.count == 1 && sleeps.sleeps.isEmpty)
    }

    @Test func otherClientErrorsAreNotRetriedAndNeverShowTheKey() async throws {
        let server = try FakeLLMServer([.json(#"{"error": {"message": "Incorrect API key provided"}}"#, status: 401)])
        defer { server.stop() }
        let (client, sleeps) = try client(.openai, server)
        do {
            _ = try await client.complete(chat)
            Issue.record("expected an error")
        } catch {
            let text = "\(error)"
            #expect(text.contains("answered HTTP 401: Incorrect API key provided (after 1 try); check the API key in the environment"))
            #expect(!text.contains("sk-test-secret-123"))
        }
        #expect(server.requests.count == 1 && sleeps.sleeps.isEmpty)
        #expect("\(key)" == "<key from TEST_KEY>")
    }

    @Test func malformedBodiesBecomeClearErrors() async throws {
        let cases: [(LLMBackend, String, LLMError)] = [
            (.openai, "<html>Bad gateway</html>", .notJSON(backend: "openai", snippet: "<html>Bad gateway</html>")),
            (.openai, #"{"id": "x"}"#, .wrongShape(backend: "openai", problem: "no 'choices' array (keys: id)")),
            (.openai, #"{"choices": []}"#, .emptyChoices(backend: "openai")),
            (.openai, Fixtures.openAI("SELECT cou", finish: "length"), .truncated(backend: "openai", maxTokens: 256)),
            (.openai, #"[1, 2]"#, .wrongShape(backend: "openai", problem: "expected a JSON object, got an array")),
            (.ollama, #"{"done": true}"#, .wrongShape(backend: "ollama", problem: "no 'message' object (keys: done)")),
            (
                .ollama, #"{"error": "model 'llama9' not found, try pulling it first"}"#,
                .wrongShape(backend: "ollama", problem: "no 'message' object but an error: model 'llama9' not found, try pulling it first")
            ),
            (.ollama, Fixtures.ollama("SELECT", doneReason: "length"), .truncated(backend: "ollama", maxTokens: 256)),
            (.anthropic, #"{"type": "message", "content": []}"#, .emptyChoices(backend: "anthropic")),
            (.anthropic, Fixtures.anthropic("SELECT", stop: "max_tokens"), .truncated(backend: "anthropic", maxTokens: 256)),
        ]
        for (backend, body, expected) in cases {
            let server = try FakeLLMServer([.json(body)])
            defer { server.stop() }
            let (client, _) = try client(backend, server)
            await #expect(throws: expected) { try await client.complete(chat) }
            #expect(server.requests.count == 1)
        }
    }

    @Test func aContentFilterStopIsARefusalNotACrash() async throws {
        let body = #"{"choices": [{"index": 0, "message": {"role": "assistant", "content": null}, "finish_reason": "content_filter"}]}"#
        let server = try FakeLLMServer([.json(body)])
        defer { server.stop() }
        let (client, _) = try client(.openai, server)
        let completion = try await client.complete(chat)
        #expect(try LLMAnswerParser.parse(completion.text) == .refusal("the backend's content filter stopped the answer"))
    }

    @Test func droppedConnectionsAreRetriedThenReported() async throws {
        let server = try FakeLLMServer([.drop, .drop, .drop])
        defer { server.stop() }
        let (client, sleeps) = try client(.openai, server)
        do {
            _ = try await client.complete(chat)
            Issue.record("expected an error")
        } catch let error as LLMError {
            guard case .unreachable(_, _, _, let tries) = error else { Issue.record("expected unreachable, got \(error)"); return }
            #expect(tries == 3)
        }
        #expect(server.requests.count == 3 && sleeps.sleeps == [0.25, 0.5])
    }

    @Test func aDroppedConnectionThenAnAnswerSucceeds() async throws {
        let server = try FakeLLMServer([.drop, .json(Fixtures.openAI("ok"))])
        defer { server.stop() }
        let (client, _) = try client(.openai, server)
        #expect(try await client.complete(chat).tries == 2)
    }

    @Test func brokenHTTPIsAnErrorNotACrash() async throws {
        let server = try FakeLLMServer([.raw("this is not HTTP\r\n\r\n")])
        defer { server.stop() }
        let (client, _) = try client(.openai, server, maxTries: 1)
        await #expect(throws: LLMError.self) { try await client.complete(chat) }
    }

    @Test func aHangingServerTimesOutWithoutRetry() async throws {
        let server = try FakeLLMServer([.hang])
        defer { server.stop() }
        let (client, sleeps) = try client(.anthropic, server, timeout: 0.3)
        await #expect(throws: LLMError.timeout(backend: "anthropic", url: server.baseURL.absoluteString + "/v1/messages", seconds: 0.3)) {
            try await client.complete(chat)
        }
        #expect(server.requests.count == 1 && sleeps.sleeps.isEmpty)
    }

    @Test func cancellingTheQuestionStopsAHangingRequest() async throws {
        let server = try FakeLLMServer([.hang])
        defer { server.stop() }
        let (client, _) = try client(.openai, server, timeout: 600)
        let chat = chat
        let task = Task { try await client.complete(chat) }
        await server.waitForRequests(1)
        task.cancel()
        // Ends now, not after the 600 s timeout (the test would hang otherwise).
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(!client.breaker.isOpen)
    }

    @Test func aSlowAnswerWithinTheTimeoutArrives() async throws {
        let server = try FakeLLMServer([.delayed(0.2, .json(Fixtures.ollama("late but fine")))])
        defer { server.stop() }
        let (client, _) = try client(.ollama, server, timeout: 10)
        #expect(try await client.complete(chat).text == "late but fine")
    }

    @Test func theCircuitBreakerStopsCallingAFailingBackendForAWhile() async throws {
        let server = try FakeLLMServer([.json("down", status: 503), .json("down", status: 503), .json(Fixtures.openAI("back"))])
        defer { server.stop() }
        let clock = ManualClock()
        let (retry, _) = Fixtures.recordingRetry(maxTries: 1)
        let breaker = CircuitBreaker(threshold: 2, cooldown: 30, now: { clock.now })
        let client = try HTTPLLMClient(
            backend: .openai, baseURL: server.baseURL, model: "m", apiKey: nil, timeout: 10,
            retry: retry, breaker: breaker)
        await #expect(throws: LLMError.self) { try await client.complete(chat) }
        await #expect(throws: LLMError.self) { try await client.complete(chat) }
        #expect(breaker.isOpen)
        clock.advance(10)
        do {
            _ = try await client.complete(chat)
            Issue.record("the breaker should be open")
        } catch {
            #expect("\(error)".hasPrefix("the openai backend failed 2 times in a row and is not called for another 20 s (last error: "))
        }
        #expect(server.requests.count == 2)
        clock.advance(21)
        #expect(try await client.complete(chat).text == "back")
        #expect(!breaker.isOpen)
    }

    @Test func credentialsInTheBaseURLNeverReachAMessage() {
        #expect(HTTPLLMClient.shown(URL(string: "https://user:s3cret@proxy.example/v1/chat/completions")!) == "https://proxy.example/v1/chat/completions")
        #expect(HTTPLLMClient.shown(URL(string: "http://127.0.0.1:8080/v1/chat/completions")!) == "http://127.0.0.1:8080/v1/chat/completions")
    }

    @Test func badSettingsAreRefusedUpFront() {
        #expect(throws: LLMError.self) {
            try HTTPLLMClient(backend: .openai, baseURL: URL(string: "ftp://example.com")!, model: "m", apiKey: nil)
        }
        #expect(throws: LLMError.self) {
            try HTTPLLMClient(backend: .openai, baseURL: URL(string: "http://127.0.0.1:1")!, model: "m", apiKey: nil, timeout: 0)
        }
    }
}
