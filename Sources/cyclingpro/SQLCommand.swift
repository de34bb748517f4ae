import ArgumentParser
import Foundation
import QueryService

/// The command-line twin of HTTP `/v1/sql`: SQL a person wrote, through the same guard, compile
/// step, authorizer, limits and log as a translated question.
struct SQLCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run a read-only query you wrote, through the same guard and limits as ask.",
        discussion: """
            Prints {"allowed", "reason", "columns", "rows", "truncated", "error", "elapsed_ms", "log_id"} with --json.
            Exit code 0 when the query ran or was refused (the reason says why), 1 when it was allowed but \
            stopped at run time (time, memory or result limit) or the warehouse could not be opened.
            Example: cyclingpro sql -- "SELECT country, COUNT(*) FROM dim_customers GROUP BY country"
            """)

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    @OptionGroup var service: ServiceOptions

    @Argument(parsing: .remaining, help: "The SQL (quote it, or put it after --).")
    var sql: [String] = []

    func run() async throws {
        let text = sql.joined(separator: " ")
        let asker: AskService
        do {
            asker = try service.makeService()
        } catch {
            if json {
                print(
                    AnswerPrinter.json(
                        SQLOutcome(
                            allowed: false, reason: "\(error)", columns: [], rows: [], truncated: false,
                            error: "\(error)", elapsed_ms: 0)))
            } else {
                FileHandle.standardError.write(Data("error: \(TerminalText.escape("\(error)"))\n".utf8))
            }
            throw ExitCode(1)
        }
        let outcome = await asker.runSQL(text, interface: "sql", user: ProcessInfo.processInfo.environment["USER"])
        if json {
            print(AnswerPrinter.json(outcome))
        } else if !outcome.allowed {
            print("refused: " + TerminalText.escape(outcome.reason))
        } else if let error = outcome.error {
            print("stopped: " + TerminalText.escape(error))
        } else {
            print(Table(headers: outcome.columns, rows: outcome.rows.map { $0.map(AnswerPrinter.format) }).render())
            print(
                "\(outcome.rows.count) row\(outcome.rows.count == 1 ? "" : "s")\(outcome.truncated ? " (truncated)" : ""), "
                    + String(format: "%.1f ms", outcome.elapsed_ms))
        }
        if let problem = outcome.log_problem, !json {
            FileHandle.standardError.write(Data("warning: \(TerminalText.escape(problem))\n".utf8))
        }
        if outcome.allowed && outcome.error != nil { throw ExitCode(1) }
    }
}
