import ArgumentParser
import Foundation
import LLMTranslation
import QueryService

struct LogsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logs",
        abstract: "Review the query log: every question asked, with its SQL and outcome.",
        subcommands: [List.self, Show.self, Stats.self, Export.self, Verify.self, FlagEntry.self],
        defaultSubcommand: List.self)

    struct LogOptions: ParsableArguments {
        @Option(help: "The warehouse file the log sits beside.")
        var warehouse: String = "data/warehouse.sqlite"

        @Option(help: "The query log file (default: query-log.sqlite beside the warehouse).")
        var log: String?

        var path: String { log ?? AskService.defaultLogPath(forWarehouse: warehouse) }

        /// For reading: no migration and no write lock, so a review never waits for askers.
        func open() throws -> QueryLog { try QueryLog(readingFrom: path) }

        /// For the commands that change an entry.
        func openForWriting() throws -> QueryLog { try QueryLog(path: path) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List recent entries, newest first.")
        @OptionGroup var options: LogOptions
        @Option(help: "Only this status: answered, refused or failed.") var status: String?
        @Option(help: "Only entries at or after this time (ISO 8601, e.g. 2026-11-27 or 2026-11-27T10:00).") var since: String?
        @Option(help: "Only entries whose question or SQL contains this text.") var text: String?
        @Option(help: "How many entries.") var limit: Int = 20

        func validate() throws {
            if let status, !["answered", "refused", "failed"].contains(status) {
                throw ValidationError("--status must be answered, refused or failed, got '\(status)'")
            }
        }

        func run() throws {
            let entries = try options.open().entries(.init(status: status, since: since, text: text, limit: limit))
            guard !entries.isEmpty else { print("no matching entries"); return }
            print(
                Table(
                    headers: ["id", "time", "via", "status", "rows", "ms", "question"],
                    rows: entries.map {
                        [
                            String($0.id), String($0.time.prefix(19)), $0.interface, $0.status + ($0.flag_note != nil ? " (flagged)" : ""),
                            String($0.row_count), String(format: "%.1f", $0.elapsed_ms), String($0.question.prefix(70)),
                        ]
                    }
                ).render())
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entry in full.")
        @OptionGroup var options: LogOptions
        @Argument(help: "The entry id.") var id: Int64

        func run() throws {
            guard let e = try options.open().entry(id: id) else { throw CLIError("no query-log entry \(id); `cyclingpro logs` lists them") }
            let fields: [(String, String?)] = [
                ("id", String(e.id)), ("time", e.time), ("interface", e.interface), ("user", e.user), ("question", e.question),
                ("translator", e.translator), ("status", e.status), ("rows", String(e.row_count)), ("elapsed ms", String(format: "%.2f", e.elapsed_ms)),
                ("translation ms", e.translation_ms.map { String(format: "%.2f", $0) }), ("execution ms", e.execution_ms.map { String(format: "%.2f", $0) }),
                ("tables", e.tables.joined(separator: ", ")), ("guard", e.guard_allowed.map { $0 ? "allowed" : "refused" }),
                ("guard reason", e.guard_reason), ("verified query", e.verified_query), ("error", e.error), ("feedback", e.feedback),
                ("flag note", e.flag_note), ("sql", e.sql),
            ]
            for (name, value) in fields where !(value ?? "").isEmpty {
                print("\(name.padding(toLength: 15, withPad: " ", startingAt: 0)) \(TerminalText.escape(value ?? ""))")
            }
            // Every request to an LLM: what it cost and what the guard said of its SQL.
            for a in e.llm_attempts {
                let tokens = "\(a.promptTokens.map(String.init) ?? "?")+\(a.completionTokens.map(String.init) ?? "?") tokens"
                print(
                    "attempt \(a.attempt)".padding(toLength: 15, withPad: " ", startingAt: 0)
                        + " \(a.backend)/\(a.model), \(tokens), \(a.httpTries) HTTP tr\(a.httpTries == 1 ? "y" : "ies"), "
                        + String(format: "%.0f ms + check %.0f ms: ", a.translationMs, a.checkMs) + a.verdict.rawValue
                        + TerminalText.escape(a.reason.map { " (\($0))" } ?? ""))
                if let sql = a.sql { print(String(repeating: " ", count: 16) + TerminalText.escape(sql)) }
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts by status and translator, frequent refusals and failures, latency percentiles.")
        @OptionGroup var options: LogOptions

        func run() throws {
            let s = try options.open().stats()
            print("\(s.total) questions logged\n")
            print(Table(headers: ["status", "count"], rows: s.byStatus.map { [$0.0, String($0.1)] }).render())
            print("")
            print(
                Table(
                    headers: ["translator", "answered", "refused", "failed", "llm requests", "repairs", "prompt tokens", "completion tokens"],
                    rows: s.translators.map { t in
                        [t.translator] + [t.answered, t.refused, t.failed, t.llmRequests, t.repairs, t.promptTokens, t.completionTokens].map(String.init)
                    }
                ).render())
            print("")
            print(Table(headers: ["latency", "ms"], rows: s.latency.map { [$0.0, String(format: "%.2f", $0.1)] }).render())
            for (title, list) in [("most frequent refused questions", s.topRefused), ("most frequent failed questions", s.topFailed)] where !list.isEmpty {
                print("\n\(title):")
                for (question, count) in list { print("  \(count)x  \(TerminalText.escape(question))") }
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Export entries as JSON Lines.")
        @OptionGroup var options: LogOptions
        @Flag(help: "JSON Lines, one entry per line (the only format).") var jsonl = false
        @Option(help: "How many entries, newest first.") var limit: Int = 1_000_000

        func run() throws {
            for entry in try options.open().entries(.init(limit: limit)).reversed() { print(TerminalText.jsonLine(AnswerPrinter.json(entry))) }
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Add an answered entry's question and SQL to the verified queries, so it is answered that way from now on.")
        @OptionGroup var options: LogOptions
        @Argument(help: "The entry id.") var id: Int64
        @Option(help: "The semantic model (verified_queries.yaml beside it is written).") var model: String = "semantic-model/cycling_pro.yaml"
        @Option(help: "Who reviewed it.") var by: String = ProcessInfo.processInfo.environment["USER"] ?? "reviewer"
        @Option(help: "A name for the verified query.") var name: String?

        func run() throws {
            let log = try options.openForWriting()
            guard let entry = try log.entry(id: id) else { throw CLIError("no query-log entry \(id); `cyclingpro logs` lists them") }
            // The SQL is checked as if it were asked now: a verified query is trusted before any
            // translation, so it must pass the guard and compile on the warehouse.
            let service = try ServiceOptions.parse(["--warehouse", options.warehouse, "--model", model, "--log", options.path]).makeService()
            let queryName = try Review.verify(entry: entry, modelPath: model, reviewer: by, name: name, check: service.check(sql:))
            try log.setFeedback(id: id, feedback: "verified")
            print("verified as '\(queryName)' in \(URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("verified_queries.yaml").path)")
        }
    }

    struct FlagEntry: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "flag", abstract: "Mark an entry's answer as wrong, with a note for follow-up.")
        @OptionGroup var options: LogOptions
        @Argument(help: "The entry id.") var id: Int64
        @Option(help: "What is wrong.") var note: String

        func run() throws {
            try options.openForWriting().flag(id: id, note: note)
            print("flagged entry \(id)")
        }
    }
}
