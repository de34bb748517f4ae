import ArgumentParser
import Foundation
import QueryService
import SQLGuard
import SemanticModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check SQL against the guard: one read-only statement over the mart tables, allowed functions only.",
        discussion: "Exit code 0 whether allowed or not (the verdict says which); 1 only when the check itself cannot run.")

    @Flag(help: "Print {\"allowed\", \"reason\", \"tables\"} as JSON.")
    var json = false

    @Option(help: "The warehouse file (unused by the static check; accepted for symmetry with ask).")
    var warehouse: String = "data/warehouse.sqlite"

    @Option(help: "The semantic model naming the tables that may be read.")
    var model: String = "semantic-model/cycling_pro.yaml"

    @Argument(parsing: .remaining, help: "The SQL (quote it, or put it after --).")
    var sql: [String]

    func run() throws {
        let text = sql.joined(separator: " ")
        let semantic = try SemanticModelLoader.load(path: model)
        let verdict = SQLGuard(policy: GuardPolicy(allowedTables: semantic.baseTables)).check(text)
        if json {
            print(AnswerPrinter.json(verdict))
        } else {
            print(verdict.allowed ? "allowed: \(verdict.reason.replacingOccurrences(of: "allowed: ", with: ""))" : "refused: \(verdict.reason)")
        }
    }
}
