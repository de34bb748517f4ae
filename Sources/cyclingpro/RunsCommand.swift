import ArgumentParser
import Foundation
import Pipeline

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "Show the build history: status, timings, rows per model, test results, source checksums.")

    @OptionGroup var paths: WarehouseOptions

    @Option(help: "How many runs to list.")
    var limit: Int = 10

    @Option(help: "Show one run in full.")
    var show: Int64?

    func run() throws {
        let history = try RunHistory(path: BuildOptions.defaultRunsPath(forWarehouse: paths.warehouse))
        let runs = try history.recent(limit: show == nil ? limit : 10_000)
        if let show {
            guard let run = runs.first(where: { $0.id == show }) else { throw ValidationError("no run \(show) in \(history.path)") }
            print("run \(show): \(run.status.rawValue), \(run.startedAt) -> \(run.finishedAt ?? "-")")
            print("source: \(run.sourceDirectory)   warehouse: \(run.warehouse)")
            if let error = run.error { print("error: \(error)") }
            print("\nsources:")
            print(Table(headers: ["file", "rows", "bytes", "sha256"], rows: run.sources.map { [$0.file, String($0.rows), String($0.bytes), $0.sha256] }).render())
            print("\nmodels:")
            print(Table(headers: ["model", "rows", "ms"], rows: run.models.map { [$0.model, String($0.rows), String(format: "%.1f", $0.milliseconds)] }).render())
            print("\ntests:")
            print(Table(headers: ["test", "table", "result"], rows: run.tests.map { [$0.name, $0.table, $0.passed ? "pass" : "FAIL (\($0.failures))"] }).render())
            return
        }
        guard !runs.isEmpty else {
            print("no builds yet: run `cyclingpro build`")
            return
        }
        print(
            Table(
                headers: ["run", "started", "finished", "status", "rows (marts)", "tests", "error"],
                rows: runs.map { run in
                    let martRows = run.models.filter { ["dim_customers", "dim_products", "fact_sales"].contains($0.model) }
                        .map { "\($0.model)=\($0.rows)" }.joined(separator: " ")
                    let passed = run.tests.filter(\.passed).count
                    let error = run.error.map { String($0.split(separator: "\n").first ?? "") } ?? ""
                    return [
                        run.id.map { String($0) } ?? "-", run.startedAt, run.finishedAt ?? "-", run.status.rawValue, martRows,
                        run.tests.isEmpty ? "-" : "\(passed)/\(run.tests.count)", error,
                    ]
                }
            ).render())
    }
}
