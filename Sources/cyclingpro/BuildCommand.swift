import ArgumentParser
import Foundation
import Pipeline
import SampleData

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the warehouse: lake, raw, staging, marts and data tests, swapped in atomically.",
        discussion: """
            Without --source, builds from data/source, generating the sample exports there first if \
            the folder does not exist. The previous warehouse stays live unless every step and test passes.
            """)

    @Option(help: "Folder holding source_crm/ and source_erp/.")
    var source: String?

    @OptionGroup var paths: WarehouseOptions

    @Option(help: "The data lake folder.")
    var lake: String = Defaults.lake

    @Flag(help: "Accept exports that are symbolic links (they are refused by default: only regular files are read).")
    var followSymlinks = false

    @Option(help: "The largest export accepted, in MB.")
    var maxSourceMb: Int64 = SourceFile.defaultMaxBytes >> 20

    func validate() throws {
        guard maxSourceMb > 0 && maxSourceMb <= 1 << 30 else { throw ValidationError("--max-source-mb must be positive, got \(maxSourceMb)") }
    }

    func run() throws {
        let sourceDirectory = source ?? Defaults.source
        if source == nil && !FileManager.default.fileExists(atPath: sourceDirectory) {
            let summary = try SampleGenerator().write(to: sourceDirectory)
            print("generated the sample exports in \(sourceDirectory) (\(summary.customers) customers, \(summary.salesLines) sales lines)")
        }
        let builder = WarehouseBuilder(
            options: BuildOptions(
                sourceDirectory: sourceDirectory, warehousePath: paths.warehouse, lakeDirectory: lake,
                sourceFile: SourceFile(followSymlinks: followSymlinks, maxBytes: maxSourceMb << 20),
                pauseAt: ProcessInfo.processInfo.environment["CYCLINGPRO_PAUSE_AT"].flatMap { BuildOptions.pausePoints.contains($0) ? $0 : nil }))
        do {
            let report = try builder.build { print($0) }
            print("")
            print(Table(headers: ["model", "rows", "ms"], rows: report.models.map { [$0.model, String($0.rows), String(format: "%.1f", $0.milliseconds)] }).render())
            print("")
            print("run \(report.runID) succeeded in \(String(format: "%.0f", report.milliseconds)) ms: \(report.tests.count) data tests passed; \(paths.warehouse) is live")
        } catch let error as PipelineError {
            FileHandle.standardError.write(Data(("build failed " + error.description + "\n").utf8))
            throw ExitCode(1)
        }
    }
}
