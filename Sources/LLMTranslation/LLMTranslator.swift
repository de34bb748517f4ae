import Foundation

/// Asks a model for SQL, checks it, and sends the checker's reason back with the repair prompt
/// when it is refused or unreadable, at most `maxRepairs` times; then refuses with the reason.
/// Every attempt is recorded (`LLMAttemptRecorder`, `onAttempts`). Conforms to the `Translator` seam in TranslatorSeam.swift.
public struct LLMTranslator: Sendable {
    public let client: any LLMClient
    public let prompts: PromptBuilder
    public let check: SQLCheck.Checker
    /// Repairs after the first answer (the issue asks for at most two).
    public var maxRepairs: Int
    public var temperature: Double
    public var maxTokens: Int
    /// Told every question's attempts, for the query log; called once per question the model saw.
    public var onAttempts: (@Sendable (_ question: String, _ attempts: [LLMAttempt]) -> Void)?

    public init(
        client: any LLMClient, prompts: PromptBuilder, check: @escaping SQLCheck.Checker, maxRepairs: Int = 2,
        temperature: Double = 0, maxTokens: Int = 1_024,
        onAttempts: (@Sendable (_ question: String, _ attempts: [LLMAttempt]) -> Void)? = nil
    ) {
        self.client = client
        self.prompts = prompts
        self.check = check
        self.maxRepairs = max(0, maxRepairs)
        self.temperature = temperature
        self.maxTokens = maxTokens
        self.onAttempts = onAttempts
    }

    /// `llm:openai`, `llm:ollama`, ...
    public var name: String { "llm:\(client.backend)" }

    /// Translates one question; never throws but for cancellation.
    public func run(_ question: String, previous: LLMTurn?) async throws -> LLMResult {
        let result = try await attempt(question, previous: previous)
        if !result.attempts.isEmpty {
            LLMAttemptRecorder.current?.record(result.attempts)
            onAttempts?(question, result.attempts)
        }
        return result
    }

    private func attempt(_ question: String, previous: LLMTurn?) async throws -> LLMResult {
        var messages: [ChatMessage]
        do {
            messages = try prompts.messages(for: question, previous: previous)
        } catch let error as LLMError {
            return LLMResult(outcome: .failure(error), attempts: [])
        }
        let maxAttempts = 1 + maxRepairs
        var attempts: [LLMAttempt] = []
        var lastReason = ""
        for number in 1...maxAttempts {
            let startedAt = Self.timestamp()
            let started = DispatchTime.now().uptimeNanoseconds
            var record = LLMAttempt(
                attempt: number, backend: client.backend, model: client.model, verdict: .error,
                startedAt: startedAt, translationMs: 0)
            let completion: ChatCompletion
            do {
                completion = try await client.complete(ChatRequest(messages: messages, temperature: temperature, maxTokens: maxTokens))
            } catch let error as LLMError {
                record.translationMs = Self.milliseconds(since: started)
                record.reason = error.description
                attempts.append(record)
                return LLMResult(outcome: .failure(error), attempts: attempts)
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                // A client outside this module may throw its own errors: report them as such.
                record.translationMs = Self.milliseconds(since: started)
                record.reason = "\(error)"
                attempts.append(record)
                return LLMResult(outcome: .failure(.configuration("the \(client.backend) client failed: \(error)")), attempts: attempts)
            }
            record.translationMs = Self.milliseconds(since: started)
            record.promptTokens = completion.promptTokens
            record.completionTokens = completion.completionTokens
            record.httpTries = completion.tries

            let failedSQL: String
            do {
                switch try LLMAnswerParser.parse(completion.text) {
                case .refusal(let reason):
                    record.verdict = .modelRefusal
                    record.reason = reason
                    attempts.append(record)
                    return LLMResult(outcome: .refusal(reason), attempts: attempts)
                case .sql(let sql, let interpretation):
                    let checkStarted = DispatchTime.now().uptimeNanoseconds
                    let verdict = await check(sql)
                    record.checkMs = Self.milliseconds(since: checkStarted)
                    record.sql = sql
                    if verdict.allowed {
                        record.verdict = .accepted
                        attempts.append(record)
                        return LLMResult(
                            outcome: .sql(sql, interpretation: interpretation.isEmpty ? "SQL written by the \(client.model) model" : interpretation),
                            attempts: attempts)
                    }
                    record.verdict = .refused
                    record.reason = verdict.reason
                    lastReason = verdict.reason
                    failedSQL = sql
                }
            } catch {
                record.verdict = .unreadable
                record.reason = "\(error)"
                lastReason = "\(error)"
                failedSQL = ""
            }
            attempts.append(record)
            if number < maxAttempts {
                messages.append(.assistant(completion.text))
                do {
                    messages.append(.user(try prompts.repairMessage(sql: failedSQL, reason: lastReason, attempt: number, maxAttempts: maxAttempts)))
                } catch let error as LLMError {
                    return LLMResult(outcome: .failure(error), attempts: attempts)
                }
            }
        }
        let tries = maxAttempts == 1 ? "once" : "\(maxAttempts) times"
        return LLMResult(
            outcome: .refusal("the \(client.backend) model's SQL could not be used, tried \(tries): \(lastReason)"),
            attempts: attempts)
    }

    static func milliseconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
