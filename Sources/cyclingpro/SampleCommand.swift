import ArgumentParser
import Foundation
import SampleData

struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Generate the six CRM and ERP exports, with realistic shapes and dirt.")

    @Option(help: "Folder to write source_crm/ and source_erp/ into.")
    var out: String = Defaults.source

    @Option(help: "Multiplies customers and orders (1 = about 18,500 customers and 60,000 sales lines).")
    var scale: Int = 1

    @Option(help: "Seed: the same seed gives the same files.")
    var seed: UInt64 = 42

    func validate() throws {
        guard (1...1_000).contains(scale) else { throw ValidationError("--scale must be between 1 and 1000, got \(scale)") }
    }

    func run() throws {
        let summary = try SampleGenerator(scale: scale, seed: seed).write(to: out)
        print(
            "wrote \(out): \(summary.customers) customers, \(summary.productVersions) product versions, "
                + "\(summary.orders) orders in \(summary.salesLines) sales lines")
    }
}
