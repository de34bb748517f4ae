import ArgumentParser

@main
struct CyclingPro: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cyclingpro",
        abstract: "The Cycling Pro data platform: build the warehouse, ask it questions, review the answers.",
        discussion: """
            Start with `cyclingpro build`: with no --source it generates the sample exports into \
            data/source and builds data/warehouse.sqlite from them.
            """,
        subcommands: [BuildCommand.self, SampleCommand.self, LakeCommand.self, RunsCommand.self, DocsCommand.self])
}
