import ArgumentParser
import Foundation
import Pipeline

struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Generate the data-model documentation (Markdown with Mermaid diagrams).")

    @Option(help: "Where to write it; - for standard output.")
    var out: String = "docs/data-model.md"

    @OptionGroup var paths: WarehouseOptions

    func run() throws {
        let text = try DocsGenerator().markdown(warehousePath: paths.warehouse)
        if out == "-" {
            print(text, terminator: "")
            return
        }
        let directory = (out as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out)")
    }
}
