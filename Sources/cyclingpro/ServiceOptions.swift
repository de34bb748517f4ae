import ArgumentParser
import Foundation
import LLMTranslation
import QueryService
import Translation
import Warehouse

/// Options shared by the commands that answer questions.
struct ServiceOptions: ParsableArguments {
    @Option(help: "The warehouse file.")
    var warehouse: String = "data/warehouse.sqlite"

    @Option(help: "The semantic model (verified_queries.yaml beside it is read too).")
    var model: String = "semantic-model/cycling_pro.yaml"

    @Option(help: "The query log file (default: query-log.sqlite beside the warehouse).")
    var log: String?

    @Option(help: "Seconds a question may take to translate and its query to run (at most \(Int(QueryLimits.timeoutCeiling))).")
    var timeout: Double = 5

    @Option(help: "Rows returned at most (1-\(QueryLimits.rowCeiling)); more are cut and flagged as truncated.")
    var maxRows: Int = 10_000

    @Flag(help: "Do not answer from verified_queries.yaml: every question goes to the translator (how scores are measured).")
    var noVerifiedQueries = false

    @Option(help: "Who translates: rules (offline), llm, or auto (the rules, then an LLM for what they refuse).")
    var translator: String?

    @Option(help: "The LLM backend: openai (and compatible servers), azure, ollama or anthropic.")
    var llm: String?

    @Option(name: .customLong("llm-model"), help: "The LLM's model name.")
    var llmModel: String?

    @Option(name: .customLong("llm-base-url"), help: "The LLM's base URL (default: the backend's environment variable, e.g. OPENAI_BASE_URL, OLLAMA_HOST).")
    var llmBaseURL: String?

    @Option(name: .customLong("llm-config"), help: "A JSON file with the LLM settings (docs/llm.md). API keys come from the environment or a key file, never from a flag.")
    var llmConfig: String?

    @Option(help: "The folder of prompt templates.")
    var prompts: String?

    var limits: QueryLimits { QueryLimits(timeoutSeconds: timeout, maxRows: maxRows) }

    func validate() throws {
        if let problem = limits.problem { throw ValidationError(problem) }
    }

    var logPath: String { log ?? AskService.defaultLogPath(forWarehouse: warehouse) }

    /// - Parameter connections: queries that may run at once (`serve` runs several).
    func makeService(connections: Int = 1) throws -> AskService {
        guard FileManager.default.fileExists(atPath: warehouse) else {
            throw CLIError("no warehouse at \(warehouse): run `cyclingpro build` first, or pass --warehouse FILE")
        }
        guard FileManager.default.fileExists(atPath: model) else {
            throw CLIError("no semantic model at \(model): run from the project folder, or pass --model FILE")
        }
        let llmSettings = try LLMConfiguration.resolve(
            flags: .init(
                translator: translator, llm: llm, llmModel: llmModel,
                llmBaseURL: llmBaseURL, llmConfig: llmConfig, prompts: prompts))
        // One client per process: its circuit breaker remembers a failing backend across questions.
        let client: (any LLMClient)? = llmSettings.mode == .rules ? nil : try llmSettings.makeClient()
        let configuration = AskService.Configuration(
            warehousePath: warehouse, modelPath: model, logPath: logPath, limits: limits, connections: connections,
            useVerifiedQueries: !noVerifiedQueries,
            translationSeconds: llmSettings.mode == .rules ? nil : max(limits.timeoutSeconds, llmSettings.translationBudgetSeconds))
        let service = try AskService(configuration) { model, executor in
            let rules = try RuleBasedTranslator(model: model, catalog: executor)
            guard let client else { return rules }
            let check = SQLCheck.guardAndCompile(model: model) { sql, json in await executor.compileError(of: sql, allowSchemaReads: json) }
            return try llmSettings.makeTranslator(model: model, rules: rules, client: client, check: check)
        }
        // Said once, on standard error: what was skipped at load, and a log that is not being written.
        for warning in service.warnings {
            FileHandle.standardError.write(Data("warning: \(TerminalText.escape(warning))\n".utf8))
        }
        return service
    }

    /// Logs a question that failed before the service existed (no warehouse, a broken model),
    /// so a failure has a log entry too. Returns its id, or nil when the log is unavailable.
    func logFailure(question: String, interface: String, message: String) -> Int64? {
        AskService.logFailure(
            question: question, message: message, logPath: logPath, interface: interface,
            user: ProcessInfo.processInfo.environment["USER"])
    }
}
