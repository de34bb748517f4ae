import Foundation
import Testing
import Translation

@testable import LLMTranslation

/// The translator's own logic through the in-memory client: structured answers, the repair loop
/// and its limit, refusals, failures, the record of attempts, follow-ups.
@Suite struct LLMTranslatorTests {
    func translator(_ replies: [InMemoryLLMClient.Reply], sink: AttemptSink? = nil) -> (LLMTranslator, InMemoryLLMClient) {
        let client = InMemoryLLMClient(backend: "memory", model: "scripted", replies: replies)
        var onAttempts: (@Sendable (String, [LLMAttempt]) -> Void)?
        if let sink { onAttempts = { question, attempts in sink.record(question, attempts) } }
        let translator = LLMTranslator(client: client, prompts: Fixtures.prompts, check: Fixtures.guardCheck, onAttempts: onAttempts)
        return (translator, client)
    }

    @Test func anAcceptedAnswerIsTranslatedAndRecorded() async throws {
        let sink = AttemptSink()
        let (translator, client) = translator([.text(Fixtures.answer(sql: Fixtures.goodSQL), promptTokens: 900, completionTokens: 40)], sink: sink)
        let translation = try await translator.translate("revenue by country", context: nil)
        guard case .sql(let generated) = translation else { Issue.record("expected SQL, got \(translation)"); return }
        #expect(generated.sql == Fixtures.goodSQL)
        #expect(generated.interpretation == "revenue by country")
        #expect(translator.name == "llm:memory")
        let request = try #require(client.requests.first)
        #expect(request.temperature == 0)
        #expect(request.messages.map(\.role) == [.system, .user])
        #expect(request.messages[1].content == "Question: revenue by country\n")
        let attempts = try #require(sink.all.first?.attempts)
        #expect(attempts.count == 1)
        #expect(attempts[0].verdict == .accepted)
        #expect(attempts[0].promptTokens == 900 && attempts[0].completionTokens == 40)
        #expect(attempts[0].backend == "memory" && attempts[0].model == "scripted" && attempts[0].attempt == 1)
    }

    @Test func theRepairLoopTurnsARefusedQueryIntoAnAcceptedOne() async throws {
        let sink = AttemptSink()
        let (translator, client) = translator(
            [
                .text(Fixtures.answer(sql: Fixtures.rawSQL), promptTokens: 900, completionTokens: 30),
                .text("```json\n" + Fixtures.answer(sql: Fixtures.goodSQL + ";") + "\n```", promptTokens: 1_000, completionTokens: 45),
            ], sink: sink)
        let result = try await translator.run("revenue by country", previous: nil)
        guard case .sql(let sql, _) = result.outcome else { Issue.record("expected SQL, got \(result.outcome)"); return }
        #expect(sql == Fixtures.goodSQL)
        #expect(result.summary.repairs == 1 && result.summary.requests == 2 && result.summary.verdict == .accepted)
        #expect(result.summary.promptTokens == 1_900 && result.summary.completionTokens == 75)
        // The second request carries the first answer and the guard's reason.
        let second = try #require(client.requests.dropFirst().first)
        #expect(second.messages.map(\.role) == [.system, .user, .assistant, .user])
        #expect(second.messages[2].content == Fixtures.answer(sql: Fixtures.rawSQL))
        let guardReason = await Fixtures.guardCheck(Fixtures.rawSQL).reason
        #expect(guardReason.contains("stg_crm_sales_details"))
        #expect(second.messages[3].content.contains("Reason: \(guardReason)"))
        #expect(second.messages[3].content.contains("attempt 1 of 3"))
        #expect(sink.all.first?.attempts.map(\.verdict) == [.refused, .accepted])
        #expect(sink.all.first?.attempts.map(\.attempt) == [1, 2])
    }

    @Test func aCompileErrorIsRepairedLikeAGuardRefusal() async throws {
        // The service backs the checker with the guard and SQLite's compile step.
        let check = SQLCheck.guardAndCompile(model: Fixtures.model) { sql, _ in
            sql.contains("revenu ") ? "no such column: revenu" : nil
        }
        let client = InMemoryLLMClient(replies: [
            .text(Fixtures.answer(sql: "SELECT revenu FROM fact_sales")),
            .text(Fixtures.answer(sql: "SELECT SUM(sales_amount) AS revenue FROM fact_sales")),
        ])
        let translator = LLMTranslator(client: client, prompts: Fixtures.prompts, check: check)
        let result = try await translator.run("total revenue", previous: nil)
        guard case .sql(let sql, _) = result.outcome else { Issue.record("expected SQL, got \(result.outcome)"); return }
        #expect(sql == "SELECT SUM(sales_amount) AS revenue FROM fact_sales")
        #expect(client.requests[1].messages[3].content.contains("SQLite cannot run it: no such column: revenu"))
    }

    @Test func afterTwoRepairsItRefusesWithTheReason() async throws {
        let sink = AttemptSink()
        let (translator, client) = translator([.text(Fixtures.answer(sql: Fixtures.rawSQL))], sink: sink)
        let translation = try await translator.translate("revenue by country", context: nil)
        guard case .refusal(let reason, _) = translation else { Issue.record("expected a refusal, got \(translation)"); return }
        #expect(client.requests.count == 3)
        #expect(reason.hasPrefix("the memory model's SQL could not be used, tried 3 times: "))
        #expect(reason.contains("stg_crm_sales_details"))
        #expect(sink.all.first?.attempts.map(\.verdict) == [.refused, .refused, .refused])
    }

    @Test func anUnreadableAnswerIsRepaired() async throws {
        let (translator, client) = translator([.text("I think you want revenue."), .text(Fixtures.answer(sql: Fixtures.goodSQL))])
        let result = try await translator.run("revenue by country", previous: nil)
        #expect(result.attempts.map(\.verdict) == [.unreadable, .accepted])
        #expect(client.requests[1].messages[3].content.contains("(no SQL could be read from the answer)"))
    }

    @Test func aModelRefusalIsPassedOn() async throws {
        let (translator, client) = translator([.text(#"{"refusal": "there is no stock data"}"#)])
        let translation = try await translator.translate("how much stock is left?", context: nil)
        guard case .refusal(let reason, let suggestions) = translation else { Issue.record("expected a refusal"); return }
        #expect(reason == "there is no stock data")
        // The service, not the translator, lists the onboarding questions (for every translator).
        #expect(suggestions.isEmpty)
        #expect(client.requests.count == 1)
    }

    @Test func aBackendFailureIsThrownAndRecorded() async throws {
        let sink = AttemptSink()
        let failure = LLMError.http(backend: "memory", url: "http://x", status: 401, message: "bad key", tries: 1)
        let (translator, _) = translator([.failure(failure)], sink: sink)
        await #expect(throws: failure) { try await translator.translate("revenue by country", context: nil) }
        let attempt = try #require(sink.all.first?.attempts.first)
        #expect(attempt.verdict == .error)
        #expect(attempt.reason == failure.description)
    }

    @Test func aFollowUpSendsTheEarlierQuestion() async throws {
        let (translator, client) = translator([.text(Fixtures.answer(sql: Fixtures.goodSQL))])
        _ = try await translator.translate(
            "and only for bikes?",
            context: ConversationContext(previousQuestion: "revenue by country"))
        #expect(client.requests[0].messages[1].content.contains("The previous question was: revenue by country"))
    }

    @Test func aFollowUpSendsTheEarlierSQLToRefine() async throws {
        let (translator, client) = translator([.text(Fixtures.answer(sql: Fixtures.goodSQL))])
        let earlier = "SELECT c.country, SUM(f.sales_amount) FROM fact_sales f JOIN dim_customers c USING (customer_key) GROUP BY 1"
        _ = try await translator.translate(
            "and only for bikes?",
            context: ConversationContext(
                previousQuestion: "revenue by country",
                previousSQL: earlier))
        #expect(client.requests[0].messages[1].content.contains(earlier))
    }

    @Test func theTaskLocalRecorderSeesOnlyItsOwnQuestion() async throws {
        let repairing = LLMTranslator(
            client: InMemoryLLMClient(replies: [
                .text(Fixtures.answer(sql: Fixtures.rawSQL)),
                .text(Fixtures.answer(sql: Fixtures.goodSQL)),
            ]),
            prompts: Fixtures.prompts, check: Fixtures.guardCheck)
        let refusing = LLMTranslator(
            client: InMemoryLLMClient(replies: [.text(#"{"refusal": "no stock data"}"#)]),
            prompts: Fixtures.prompts, check: Fixtures.guardCheck)
        let (first, second, idle) = (LLMAttemptRecorder(), LLMAttemptRecorder(), LLMAttemptRecorder())
        // Two questions at once, as the server answers them, and one the model never sees.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await LLMAttemptRecorder.$current.withValue(first) { try await repairing.translate("revenue by country", context: nil) } }
            group.addTask { _ = try await LLMAttemptRecorder.$current.withValue(second) { try await refusing.translate("stock left?", context: nil) } }
            group.addTask { await LLMAttemptRecorder.$current.withValue(idle) { await Task.yield() } }
            try await group.waitForAll()
        }
        #expect(first.attempts.map(\.verdict) == [.refused, .accepted])
        #expect(first.summary.repairs == 1)
        #expect(second.attempts.map(\.verdict) == [.modelRefusal])
        #expect(idle.attempts.isEmpty && idle.summary.verdict == nil)
    }

    @Test func attemptsEncodeForTheLog() throws {
        let attempt = LLMAttempt(
            attempt: 2, backend: "openai", model: "gpt", promptTokens: 10, completionTokens: 3, httpTries: 2,
            sql: "SELECT 1", verdict: .modelRefusal, reason: "no", startedAt: "2026-12-01T12:00:00Z",
            translationMs: 12.5, checkMs: 0.25)
        let json = String(decoding: try JSONEncoder().encode(attempt), as: UTF8.self)
        #expect(json.contains("\"prompt_tokens\":10") && json.contains("\"verdict\":\"model_refusal\"") && json.contains("\"http_tries\":2"))
        #expect(try JSONDecoder().decode(LLMAttempt.self, from: Data(json.utf8)) == attempt)
    }
}

/// A rules translator that answers only the questions it was given.
struct StubRules: Translator {
    var answers: [String: String]
    var name: String { "rules" }
    var suggestions: [String] { ["How many customers do we have?"] }
    func translate(_ question: String, context: ConversationContext?) async throws -> Translation {
        if let sql = answers[question] { return .sql(GeneratedSQL(sql: sql, interpretation: "rules: \(question)")) }
        return .refusal(reason: "the rules do not recognise '\(question)'", suggestions: suggestions)
    }
}

@Suite struct AutoTranslatorTests {
    @Test func theRulesAnswerFirstAndTheLLMIsNotAsked() async throws {
        let client = InMemoryLLMClient(replies: [.text(Fixtures.answer(sql: Fixtures.goodSQL))])
        let auto = AutoTranslator(
            rules: StubRules(answers: ["how many customers": "SELECT COUNT(*) FROM dim_customers"]),
            llm: LLMTranslator(client: client, prompts: Fixtures.prompts, check: Fixtures.guardCheck))
        let translation = try await auto.translate("how many customers", context: nil)
        guard case .sql(let generated) = translation else { Issue.record("expected SQL"); return }
        #expect(generated.sql == "SELECT COUNT(*) FROM dim_customers")
        #expect(client.requests.isEmpty)
        #expect(auto.name == "auto")
    }

    @Test func whatTheRulesRefuseGoesToTheLLM() async throws {
        let client = InMemoryLLMClient(replies: [.text(Fixtures.answer(sql: Fixtures.goodSQL))])
        let auto = AutoTranslator(
            rules: StubRules(answers: [:]),
            llm: LLMTranslator(client: client, prompts: Fixtures.prompts, check: Fixtures.guardCheck))
        let translation = try await auto.translate("turnover split by nation", context: nil)
        guard case .sql(let generated) = translation else { Issue.record("expected SQL"); return }
        #expect(generated.sql == Fixtures.goodSQL)
        #expect(client.requests.count == 1)
    }

    @Test func anUnreachableLLMEndsInTheRulesRefusalWithTheReason() async throws {
        // A port nothing listens on: a real connection refusal over loopback. Not a stopped fake server's port: the tests
        // run in parallel, and another test's fake server may be given that freed port at once (it answered here once).
        // Port 1 is below the ephemeral range every fake server binds in, so nothing in the tests ever listens on it.
        let url = try #require(URL(string: "http://127.0.0.1:1"))
        let (retry, _) = Fixtures.recordingRetry(maxTries: 2)
        let client = try HTTPLLMClient(backend: .openai, baseURL: url, model: "gpt-test", apiKey: nil, timeout: 5, retry: retry)
        let auto = AutoTranslator(
            rules: StubRules(answers: [:]),
            llm: LLMTranslator(client: client, prompts: Fixtures.prompts, check: Fixtures.guardCheck))
        let translation = try await auto.translate("turnover split by nation", context: nil)
        guard case .refusal(let reason, let suggestions) = translation else { Issue.record("expected a refusal"); return }
        #expect(reason.hasPrefix("the rules do not recognise 'turnover split by nation' (the openai LLM could not be asked either: the openai backend at \(url.absoluteString)/v1/chat/completions cannot be reached"))
        #expect(suggestions == ["How many customers do we have?"])
    }

    @Test func autoIsNeverWorseThanTheRules() async throws {
        // Whatever the LLM says (here: always a refused query), every question the rules answer
        // is answered with the rules' SQL, and every one they refuse stays refused.
        let rules = StubRules(answers: ["a": "SELECT 1 FROM dim_customers", "b": "SELECT 2 FROM fact_sales"])
        let client = InMemoryLLMClient(replies: [.text(Fixtures.answer(sql: Fixtures.rawSQL))])
        let auto = AutoTranslator(rules: rules, llm: LLMTranslator(client: client, prompts: Fixtures.prompts, check: Fixtures.guardCheck))
        for question in ["a", "b", "c"] {
            let fromRules = try await rules.translate(question, context: nil)
            let fromAuto = try await auto.translate(question, context: nil)
            switch (fromRules, fromAuto) {
            case (.sql(let r), .sql(let a)): #expect(r.sql == a.sql)
            case (.refusal, .refusal): break
            default: Issue.record("auto differs from the rules on '\(question)': \(fromAuto)")
            }
        }
    }
}
