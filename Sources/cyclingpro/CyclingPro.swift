import ArgumentParser
import Warehouse

struct CyclingPro: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyclingpro",
        abstract: "The Cycling Pro data platform: build the warehouse, ask it questions, review the answers.",
        discussion: """
            Start with `cyclingpro build`: with no --source it generates the sample exports into \
            data/source and builds data/warehouse.sqlite from them. Then `cyclingpro ask "revenue by year"` \
            or `cyclingpro chat`.
            """,
        subcommands: [
            BuildCommand.self, AskCommand.self, ChatCommand.self, ServeCommand.self, SQLCommand.self, ValidateCommand.self, LogsCommand.self,
            SampleCommand.self, LakeCommand.self, RunsCommand.self, DocsCommand.self,
        ])
}

/// An async root needs an explicit entry point (a `main.swift` calling `main()` fails at run time).
/// SQLite's process-wide settings are left to the work at hand: a build turns its allocation
/// statistics off (`SQLiteRuntime.prepare`), a query process keeps them to cap its heap.
@main
enum Entry {
    static func main() async {
        await CyclingPro.main(joiningSQLWords(Array(CommandLine.arguments.dropFirst())))
    }

    /// `validate` and `sql` take the SQL after `--` as many shell words; argument-parser's time
    /// grows with the square of the number of words (8,000 words took 15 s), so they are joined
    /// into one argument before parsing.
    static func joiningSQLWords(_ arguments: [String]) -> [String] {
        guard let command = arguments.first, command == "validate" || command == "sql",
            let dash = arguments.firstIndex(of: "--"), arguments.count - dash > 2
        else { return arguments }
        return Array(arguments[...dash]) + [arguments[(dash + 1)...].joined(separator: " ")]
    }
}
