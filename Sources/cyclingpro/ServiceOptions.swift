import ArgumentParser
import Foundation
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

    @Option(help: "Seconds a query may run before it is stopped.")
    var timeout: Double = 5

    @Option(help: "Rows returned at most; more are cut and flagged as truncated.")
    var maxRows: Int = 10_000

    @Flag(help: "Do not answer from verified_queries.yaml: every question goes to the translator (how scores are measured).")
    var noVerifiedQueries = false

    func validate() throws {
        guard timeout > 0 && timeout <= 600 else { throw ValidationError("--timeout must be between 0 and 600 seconds, got \(timeout)") }
        guard maxRows > 0 else { throw ValidationError("--max-rows must be positive, got \(maxRows)") }
    }

    var logPath: String { log ?? AskService.defaultLogPath(forWarehouse: warehouse) }

    func makeService() throws -> AskService {
        guard FileManager.default.fileExists(atPath: warehouse) else {
            throw CLIError("no warehouse at \(warehouse): run `cyclingpro build` first, or pass --warehouse FILE")
        }
        guard FileManager.default.fileExists(atPath: model) else {
            throw CLIError("no semantic model at \(model): run from the project folder, or pass --model FILE")
        }
        let configuration = AskService.Configuration(
            warehousePath: warehouse, modelPath: model, logPath: logPath,
            limits: QueryLimits(timeoutSeconds: timeout, maxRows: maxRows), useVerifiedQueries: !noVerifiedQueries)
        return try AskService(configuration) { model, executor in try RuleBasedTranslator(model: model, executor: executor) }
    }
}
