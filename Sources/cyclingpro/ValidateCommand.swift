import ArgumentParser
import Foundation
import QueryService
import SQLGuard
import SemanticModel
import Warehouse

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check SQL against the guard: one read-only statement over the mart tables, allowed functions only.",
        discussion: """
            When the warehouse exists, the statement is also prepared on a read-only connection under the \
            same authorizer as ask (never run), so the verdict is SQLite's too: unknown columns, nesting too \
            deep and functions it lacks are refused here, not at run time. \
            Exit code 0 whether allowed or not (the verdict says which); 1 only when the check itself cannot run.
            """)

    @Flag(help: "Print {\"allowed\", \"reason\", \"tables\"} as JSON.")
    var json = false

    @Option(help: "The warehouse file to compile against (skipped, and said so, when it does not exist).")
    var warehouse: String = "data/warehouse.sqlite"

    @Option(help: "The semantic model naming the tables that may be read.")
    var model: String = "semantic-model/cycling_pro.yaml"

    @Argument(parsing: .remaining, help: "The SQL (quote it, or put it after --).")
    var sql: [String] = []

    func run() throws {
        let text = sql.joined(separator: " ")
        var verdict: GuardVerdict
        if FileManager.default.fileExists(atPath: warehouse) {
            let options = try ServiceOptions.parse(["--warehouse", warehouse, "--model", model])
            verdict = try options.makeService().check(sql: text)
        } else {
            let semantic = try SemanticModelLoader.load(path: model)
            verdict = SQLGuard(policy: GuardPolicy(allowedTables: semantic.baseTables)).check(text)
            if verdict.allowed { verdict.reason += " (static check only: no warehouse at \(warehouse) to compile against)" }
        }
        if json {
            print(AnswerPrinter.json(verdict))
        } else {
            let reason = TerminalText.escape(verdict.reason)
            print(verdict.allowed ? "allowed: \(reason.replacingOccurrences(of: "allowed: ", with: ""))" : "refused: \(reason)")
        }
    }
}
