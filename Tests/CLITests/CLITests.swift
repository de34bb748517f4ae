import Foundation
import Testing

/// The command line end to end, on a freshly generated sample: what a new user meets.
@Suite(.serialized) struct CLITests {
    /// The sample and its warehouse, made once. A failure is reported by each test that needs
    /// it, instead of taking the whole test process down.
    static let prepared: Result<URL, any Error> = Result {
        let dir = try CLI.temporaryDirectory()
        let sample = try CLI.run(["sample", "--out", dir.appendingPathComponent("source").path, "--seed", "11"])
        guard sample.status == 0 else { throw CLI.FixtureError(description: "sample failed: \(sample.stderr)") }
        let build = try CLI.run([
            "build", "--source", dir.appendingPathComponent("source").path,
            "--warehouse", dir.appendingPathComponent("w/warehouse.sqlite").path,
            "--lake", dir.appendingPathComponent("w/lake").path,
        ])
        guard build.status == 0 else { throw CLI.FixtureError(description: "build failed: \(build.stderr + build.stdout)") }
        return dir
    }
    static var work: URL { get throws { try prepared.get() } }
    var warehouse: String { get throws { try Self.work.appendingPathComponent("w/warehouse.sqlite").path } }

    func ask(_ question: String, json: Bool = true) throws -> CLI.Result {
        try CLI.run(["ask"] + (json ? ["--json"] : []) + ["--warehouse", warehouse, question])
    }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sampleIsDeterministic() throws {
        let dir = try CLI.temporaryDirectory()
        try CLI.run(["sample", "--out", dir.appendingPathComponent("a").path, "--seed", "5"])
        try CLI.run(["sample", "--out", dir.appendingPathComponent("b").path, "--seed", "5"])
        for file in [
            "source_crm/cust_info.csv", "source_crm/prd_info.csv", "source_crm/sales_details.csv",
            "source_erp/CUST_AZ12.csv", "source_erp/LOC_A101.csv", "source_erp/PX_CAT_G1V2.csv",
        ] {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/" + file))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/" + file))
            #expect(a == b, "\(file) differs between two runs with the same seed")
            #expect(a.count > 100)
        }
    }

    @Test func askJSONIsExactlyOneObjectWithNumbersAsNumbers() throws {
        let result = try ask("revenue by product category")
        #expect(result.status == 0)
        let json = try object(result.stdout)
        #expect(
            Set(json.keys).isSuperset(of: [
                "question", "status", "sql", "columns", "rows", "truncated", "interpretation",
                "suggestions", "translator", "verified_query", "message", "elapsed_ms",
            ]))
        #expect(json["status"] as? String == "answered")
        let rows = try #require(json["rows"] as? [[Any]])
        #expect(rows.count >= 3)
        #expect(rows.allSatisfy { $0[1] is NSNumber && !($0[1] is String) })
        #expect(json["verified_query"] is NSNull)
    }

    @Test func refusalsExitZeroAndFailuresDoNot() throws {
        let refused = try ask("Please delete all customers from France")
        #expect(refused.status == 0)
        #expect(try object(refused.stdout)["status"] as? String == "refused")
        #expect(try object(refused.stdout)["sql"] is NSNull)
        let failed = try CLI.run(["ask", "--json", "--warehouse", "/nonexistent/w.sqlite", "revenue"])
        #expect(failed.status != 0)
        let failure = try object(failed.stdout)
        #expect(failure["status"] as? String == "failed")
        #expect((failure["message"] as? String)?.contains("cyclingpro build") == true)
        // A failure is logged too, beside the warehouse asked for when that folder exists.
        let dir = try CLI.temporaryDirectory()
        let logged = try CLI.run(["ask", "--json", "--warehouse", dir.appendingPathComponent("w.sqlite").path, "revenue"])
        #expect(logged.status == 1)
        #expect(try object(logged.stdout)["log_id"] is Int)
    }

    @Test func askForPeopleShowsTheTableAndTheSQL() throws {
        let result = try ask("top 3 products by revenue", json: false)
        #expect(result.stdout.contains("Top 3 products by revenue"))
        #expect(result.stdout.contains("product_name"))
        #expect(result.stdout.contains("SQL: WITH s AS"))
    }

    @Test func chatWorksWithPipedInputAndFollowUps() throws {
        let result = try CLI.run(
            ["chat", "--warehouse", warehouse, "--history", CLI.root.appendingPathComponent(".build/chat-history-test").path],
            input: "revenue by category in 2013\nand by country?\n/sql\nonly 2012\n/suggest\n/quit\nrevenue\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Revenue by category, 2013"))
        #expect(result.stdout.contains("Revenue by category and country, 2013"))
        #expect(result.stdout.contains("SELECT p.category AS category, c.country AS country"))
        #expect(result.stdout.contains("Revenue by category and country, 2012"))
        #expect(result.stdout.contains("Try:"))
        // Nothing after /quit is answered.
        #expect(!result.stdout.contains("Revenue: "))
    }

    @Test func validatePrintsTheVerdict() throws {
        let refused = try CLI.run(["validate", "--json", "--", "SELECT * FROM raw_crm_cust_info"])
        #expect(refused.status == 0)
        let verdict = try object(refused.stdout)
        #expect(verdict["allowed"] as? Bool == false)
        #expect((verdict["reason"] as? String)?.contains("raw table") == true)
        let allowed = try object(try CLI.run(["validate", "--json", "SELECT COUNT(*) FROM fact_sales"]).stdout)
        #expect(allowed["allowed"] as? Bool == true)
        #expect(allowed["tables"] as? [String] == ["fact_sales"])
    }

    @Test func logsListShowStatsExportFlagAndVerify() throws {
        let log = try Self.work.appendingPathComponent("review-log.sqlite").path
        let modelDir = try Self.work.appendingPathComponent("model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: modelDir, withIntermediateDirectories: true)
        for file in ["cycling_pro.yaml", "verified_queries.yaml"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("semantic-model/" + file), to: modelDir.appendingPathComponent(file))
        }
        let model = modelDir.appendingPathComponent("cycling_pro.yaml").path
        let answered = try object(try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, "--model", model, "units sold per year"]).stdout)
        _ = try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, "--model", model, "how many employees do we have"])
        let id = try #require(answered["log_id"] as? Int)

        let list = try CLI.run(["logs", "--log", log])
        #expect(list.stdout.contains("units sold per year") && list.stdout.contains("employees"))
        #expect(try CLI.run(["logs", "list", "--log", log, "--status", "refused"]).stdout.contains("units sold") == false)
        #expect(try CLI.run(["logs", "list", "--log", log, "--status", "bogus"]).status != 0)
        #expect(try CLI.run(["logs", "show", String(id), "--log", log]).stdout.contains("SELECT"))
        let stats = try CLI.run(["logs", "stats", "--log", log]).stdout
        #expect(stats.contains("2 questions logged") && stats.contains("p50"))
        let export = try CLI.run(["logs", "export", "--jsonl", "--log", log]).stdout.split(separator: "\n")
        #expect(export.count == 2)
        #expect(try CLI.run(["logs", "flag", String(id), "--note", "check 2014", "--log", log]).status == 0)
        #expect(try CLI.run(["logs", "show", String(id), "--log", log]).stdout.contains("check 2014"))

        let verify = try CLI.run(["logs", "verify", String(id), "--warehouse", warehouse, "--log", log, "--model", model, "--by", "tester"])
        #expect(verify.status == 0, "\(verify.stderr)")
        let again = try object(try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, "--model", model, "Units sold per year?"]).stdout)
        #expect((again["verified_query"] as? String)?.hasPrefix("log_\(id)") == true)
        #expect(try CLI.run(["logs", "show", "999999", "--log", log]).status != 0)
    }

    @Test func buildRefusesBadInputWithFileAndLeavesTheWarehouse() throws {
        let dir = try CLI.temporaryDirectory()
        let source = dir.appendingPathComponent("source")
        try FileManager.default.copyItem(at: try Self.work.appendingPathComponent("source"), to: source)
        let w = dir.appendingPathComponent("warehouse.sqlite").path
        #expect(try CLI.run(["build", "--source", source.path, "--warehouse", w, "--lake", dir.appendingPathComponent("lake").path]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: w))
        try "CID,CNTRY\nAW-00011000\n".write(to: source.appendingPathComponent("source_erp/LOC_A101.csv"), atomically: true, encoding: .utf8)
        let failed = try CLI.run(["build", "--source", source.path, "--warehouse", w, "--lake", dir.appendingPathComponent("lake").path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("source_erp/LOC_A101.csv:2"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: w)) == before)
        let runs = try CLI.run(["runs", "--warehouse", w]).stdout
        #expect(runs.contains("failed") && runs.contains("succeeded"))
    }

    @Test func killedBuildLeavesThePreviousWarehouseAndIsReportedInterrupted() throws {
        let dir = try CLI.temporaryDirectory()
        let source = dir.appendingPathComponent("source").path
        try CLI.run(["sample", "--out", source, "--scale", "3"])
        let w = dir.appendingPathComponent("warehouse.sqlite").path
        let lake = dir.appendingPathComponent("lake").path
        #expect(try CLI.run(["build", "--source", source, "--warehouse", w, "--lake", lake]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: w))

        // Kill it while the new warehouse is being written.
        let process = try CLI.startAndWait(
            ["build", "--source", source, "--warehouse", w, "--lake", lake],
            environment: ["CYCLINGPRO_PAUSE_AT": "models"], for: "paused at models")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).contains { $0.contains(".building-") })
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Data(contentsOf: URL(fileURLWithPath: w)) == before)
        // The next build cleans up and records the killed run as interrupted.
        #expect(try CLI.run(["build", "--source", source, "--warehouse", w, "--lake", lake]).status == 0)
        let runs = try CLI.run(["runs", "--warehouse", w]).stdout
        #expect(runs.contains("interrupted"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".building-") }.isEmpty)
    }

    @Test func lakeAndDocsCommands() throws {
        let lake = try CLI.run(["lake", "--lake", try Self.work.appendingPathComponent("w/lake").path]).stdout
        #expect(lake.contains("source_crm/sales_details.csv") && lake.contains("6 stored objects"))
        let docs = try CLI.run(["docs", "--out", "-", "--warehouse", warehouse]).stdout
        #expect(docs.contains("erDiagram") && docs.contains("## fact_sales") && docs.contains("- **Rows:**"))
    }
}
