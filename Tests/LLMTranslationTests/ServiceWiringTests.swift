import Foundation
import Pipeline
import QueryService
import SampleData
import TestSupport
import Testing
import Translation
import Warehouse

@testable import LLMTranslation

/// The LLM translators wired into the ask service as the CLI will wire them (see
/// `LLMConfiguration`): a sample warehouse, the shipped model and prompts, a fake backend on
/// loopback. Answers come back executed, repairs included, and `auto` never answers fewer
/// questions of the dev set than the rules alone.
@Suite(.serialized) struct ServiceWiringTests {
    static let root = ScratchDirectory.path("llm")

    static let warehouse: Result<String, any Error> = Result {
        let source = root.appendingPathComponent("source").path
        let path = root.appendingPathComponent("warehouse.sqlite").path
        _ = try SampleGenerator(scale: 1, seed: 7).write(to: source)
        _ = try WarehouseBuilder(
            options: BuildOptions(
                sourceDirectory: source, warehousePath: path,
                lakeDirectory: root.appendingPathComponent("lake").path)
        ).build()
        return path
    }

    /// The service of `mode` over a fake OpenAI-compatible backend at `base` (the exact wiring the CLI needs).
    static func service(mode: String, base: URL) throws -> AskService {
        let configuration = try LLMConfiguration.resolve(
            flags: .init(
                translator: mode, llm: "openai", llmModel: "gpt-test", llmBaseURL: base.absoluteString + "/v1",
                prompts: Fixtures.root + "/prompts"),
            environment: [:])
        let (retry, _) = Fixtures.recordingRetry(maxTries: 2)
        // One client per process: the circuit breaker remembers failures across questions and rebuilds.
        let client = try configuration.makeClient(environment: [:], retry: retry)
        let log = root.appendingPathComponent("log-\(UUID().uuidString).sqlite").path
        return try AskService(
            .init(
                warehousePath: try warehouse.get(), modelPath: Fixtures.root + "/semantic-model/cycling_pro.yaml",
                logPath: log, translationSeconds: configuration.translationBudgetSeconds)
        ) { model, executor in
            let rules = try RuleBasedTranslator(model: model, catalog: executor)
            let check = SQLCheck.guardAndCompile(model: model) { sql, json in await executor.compile(sql, allowSchemaReads: json) }
            return try configuration.makeTranslator(model: model, rules: rules, client: client, check: check)
        }
    }

    @Test func autoAnswersWhatTheRulesRefuseAfterARepair() async throws {
        let question = "Which three product lines carried the most distinct subcategories?"
        let firstTry = "SELECT product_line, COUNT(DISTINCT sub_category) AS n FROM dim_products GROUP BY product_line ORDER BY n DESC LIMIT 3"
        let repaired = "SELECT product_line, COUNT(DISTINCT subcategory) AS subcategories FROM dim_products GROUP BY product_line ORDER BY subcategories DESC LIMIT 3"
        let server = try FakeLLMServer([
            .json(Fixtures.openAI(Fixtures.answer(sql: firstTry))),
            .json(Fixtures.openAI(Fixtures.answer(sql: repaired, interpretation: "subcategories per product line"))),
        ])
        defer { server.stop() }
        let rulesOnly = try Self.service(mode: "rules", base: server.baseURL)
        #expect(await rulesOnly.ask(question).status == .refused)

        let service = try Self.service(mode: "auto", base: server.baseURL)
        let answer = await service.ask(question)
        #expect(answer.status == .answered, "\(answer.message ?? "")")
        #expect(answer.sql == repaired)
        #expect(answer.interpretation == "subcategories per product line")
        #expect(!answer.rows.isEmpty)
        #expect(answer.translator == "auto")
        // SQLite's compile step refused the unknown column; its message went back to the model.
        // Every attempt is in the query log.
        let logID = try #require(answer.log_id)
        let attempts = try #require(try service.queryLog?.entry(id: logID)).llm_attempts
        #expect(attempts.map(\.verdict) == [.refused, .accepted])
        #expect(attempts.first?.reason?.contains("sub_category") == true)
        let repairBody = try #require(server.requests.last?.json)
        let lastMessage = (repairBody["messages"] as? [[String: String]])?.last?["content"] ?? ""
        #expect(lastMessage.contains("SQLite cannot run it"))
    }

    /// Loopback port 1: nothing listens there. A stopped fake server's port would not do: tests run in parallel, and
    /// another test's fake server may be given the freed port at once.
    static let nowhere = URL(string: "http://127.0.0.1:1")!

    @Test func llmModeWithAnUnreachableBackendFailsClearly() async throws {
        let service = try Self.service(mode: "llm", base: Self.nowhere)
        let answer = await service.ask("How many customers do we have?")
        #expect(answer.status == .failed)
        #expect(answer.message?.contains("the openai backend at \(Self.nowhere.absoluteString)/v1/chat/completions cannot be reached") == true)
        #expect(answer.translator == "llm:openai")
    }

    static let devSets = ["questions.jsonl", "questions-2.jsonl"].map { Fixtures.root + "/../shared/nlq-dev/" + $0 }

    @Test(.enabled(if: devSets.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "the dev question set is beside the project"))
    func autoIsNeverWorseThanTheRulesOnTheDevSet() async throws {
        // The LLM is down: auto must answer every question the rules answer, with the same SQL
        // and rows, and refuse (not fail) the others.
        let rules = try Self.service(mode: "rules", base: Self.nowhere)
        let auto = try Self.service(mode: "auto", base: Self.nowhere)
        var questions: [String] = []
        for file in Self.devSets {
            for line in try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n") {
                if let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let question = object["question"] as? String
                {
                    questions.append(question)
                }
            }
        }
        #expect(questions.count > 200)
        var answeredByRules = 0
        for question in questions {
            let byRules = await rules.ask(question)
            let byAuto = await auto.ask(question)
            if byRules.status == .answered {
                answeredByRules += 1
                #expect(byAuto.status == .answered && byAuto.sql == byRules.sql && byAuto.rows == byRules.rows, "\(question)")
            } else {
                #expect(byAuto.status != .answered && byAuto.status == byRules.status, "\(question): \(byAuto.message ?? "")")
            }
        }
        #expect(answeredByRules > 0)
    }
}
