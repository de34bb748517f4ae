import Foundation
import Testing

/// The hardening issue's kinds, end to end through the command line: what an attacker or a
/// clumsy user meets. Each kind has several examples.
@Suite(.serialized) struct HardeningCLITests {
    var warehouse: String { get throws { try CLITests.work.appendingPathComponent("w/warehouse.sqlite").path } }

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not one JSON object: \(text)")
    }

    func sql(_ query: String, _ extra: [String] = [], log: String? = nil) throws -> (CLI.Result, [String: Any]) {
        let logPath = try log ?? CLI.temporaryDirectory().appendingPathComponent("log.sqlite").path
        let result = try CLI.run(["sql", "--json", "--warehouse", warehouse, "--log", logPath] + extra + ["--", query])
        return (result, try object(result.stdout))
    }

    // MARK: - Guard and authorizer through `cyclingpro sql`

    static let attacks: [(String, String)] = [
        ("SELECT COUNT(*) FROM (raw_crm_cust_info)", "raw table"),
        ("SELECT COUNT(*) FROM ((stg_crm_sales_details))", "staging table"),
        ("SELECT COUNT(*) FROM fact_sales WHERE customer_key IN raw_crm_cust_info", "raw table"),
        ("SELECT * FROM \"sqlite_master\"", "internal"),
        ("SELECT * FROM [sqlite_schema]", "internal"),
        ("SELECT * FROM json_each('[1]'), sqlite_master", "internal"),
        ("WITH dim_customers AS (SELECT * FROM raw_crm_cust_info) SELECT COUNT(*) FROM dim_customers", "raw table"),
        ("ATTACH DATABASE 'x.db' AS x", "only reading queries"),
        ("SELECT 1; DELETE FROM fact_sales", "only one statement"),
        ("SELECT load_extension('x')", "load_extension"),
        ("SELECT current_timestamp", "clock"),
        ("SELECT string_agg(country, ',') FROM dim_customers", "string_agg"),
        ("SELECT nosuch FROM fact_sales", "no such column"),
        ("SELECT " + String(repeating: "(", count: 2_000) + "1" + String(repeating: ")", count: 2_000), "SQLite cannot run it"),
    ]

    @Test(arguments: attacks)
    func attackIsRefusedThroughTheSQLCommand(_ attack: (String, String)) throws {
        let (result, json) = try sql(attack.0)
        #expect(result.status == 0)
        #expect(json["allowed"] as? Bool == false, "allowed: \(attack.0)")
        #expect((json["reason"] as? String)?.contains(attack.1) == true, "\(attack.0): \(json["reason"] ?? "")")
        #expect((json["rows"] as? [Any])?.isEmpty == true)
    }

    static let unboundedWork: [(String, String)] = [
        ("SELECT printf('%.*c', 2000000000, 'x')", "precision"),
        ("SELECT printf('%.*c', 2000000000, 'x'), printf('%.*c', 2000000000, 'y'), format('%.*c', 2000000000, 'z')", "precision"),
        ("SELECT format('%999999999d', 1)", "width"),
        ("SELECT length(printf('%.500c', 'x'))", "above the limit of 100"),
    ]

    @Test(arguments: unboundedWork)
    func oneHugeFunctionCallIsRefusedBeforeRunning(_ attack: (String, String)) throws {
        let (result, json) = try sql(attack.0, ["--timeout", "1"])
        #expect(result.status == 0)
        #expect(json["allowed"] as? Bool == false)
        #expect((json["reason"] as? String)?.contains(attack.1) == true, "\(json["reason"] ?? "")")
        let verdict = try object(try CLI.run(["validate", "--json", "--warehouse", warehouse, "--", attack.0]).stdout)
        #expect(verdict["allowed"] as? Bool == false)
    }

    @Test func limitsStopQueriesWithAClearErrorAndExitOne() throws {
        let (slow, slowJSON) = try sql("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n", ["--timeout", "0.5"])
        #expect(slow.status == 1)
        #expect((slowJSON["error"] as? String)?.contains("longer than 0.5 s") == true)

        let (wide, wideJSON) = try sql(
            "SELECT a.product_name, printf('%100s%100s', b.product_name, a.product_name), printf('%100s%100s', c.product_name, b.product_name) FROM dim_products a, dim_products b, dim_products c",
            ["--max-rows", "100000"])
        #expect(wide.status == 1)
        #expect((wideJSON["error"] as? String)?.contains("MB after") == true, "\(wideJSON)")

        let (heavy, heavyJSON) = try sql(
            "SELECT length(json_group_array(a.product_name || b.product_name)) FROM dim_products a, dim_products b, dim_products c",
            ["--timeout", "120"])
        #expect(heavy.status == 1)
        #expect((heavyJSON["error"] as? String)?.contains("MB of memory") == true, "\(heavyJSON)")

        for options in [
            ["--max-rows", "100001"], ["--max-rows", "0"], ["--max-rows", "-5"], ["--max-rows", "99999999999999999999"],
            ["--timeout", "601"], ["--timeout", "0"],
        ] {
            let refused = try CLI.run(["sql", "--warehouse", warehouse] + options + ["--", "SELECT 1"])
            #expect(refused.status != 0 && refused.status != 1, "\(options): \(refused.stdout)")
            #expect(refused.stderr.contains("--") || refused.stderr.contains("limit"), "\(options): \(refused.stderr)")
        }
    }

    @Test func validateCompilesOnTheWarehouseAndSaysWhenItCannot() throws {
        let unknown = try object(try CLI.run(["validate", "--json", "--warehouse", warehouse, "--", "SELECT nosuch FROM fact_sales"]).stdout)
        #expect(unknown["allowed"] as? Bool == false && (unknown["reason"] as? String)?.contains("no such column") == true)
        let nested = "SELECT * FROM " + String(repeating: "(SELECT * FROM ", count: 300) + "fact_sales" + String(repeating: ")", count: 300)
        let deep = try object(try CLI.run(["validate", "--json", "--warehouse", warehouse, "--", nested]).stdout)
        let ran = try sql(nested).1
        #expect(deep["allowed"] as? Bool == ran["allowed"] as? Bool, "validate and run disagree")
        let arrow = "SELECT '{\"a\": 2}' ->> '$.a'"
        #expect(try object(try CLI.run(["validate", "--json", "--warehouse", warehouse, "--", arrow]).stdout)["allowed"] as? Bool == true)
        #expect(try sql(arrow).1["rows"] as? [[Int]] == [[2]])
        let elsewhere = try CLI.temporaryDirectory().appendingPathComponent("none.sqlite").path
        let staticOnly = try object(try CLI.run(["validate", "--json", "--warehouse", elsewhere, "--", "SELECT COUNT(*) FROM fact_sales"]).stdout)
        #expect((staticOnly["reason"] as? String)?.contains("static check only") == true)
    }

    @Test func manyUnquotedArgumentsAreJoinedQuickly() throws {
        // The SQL after -- may come as many shell words; reading them is linear.
        let words = ["SELECT", "COUNT(*)", "FROM", "fact_sales", "WHERE", "1", "IN", "("] + Array(repeating: "1,", count: 4_000) + ["1)"]
        let result = try CLI.run(["validate", "--json", "--warehouse", warehouse, "--"] + words)
        #expect(try object(result.stdout)["allowed"] as? Bool == true)
    }

    // MARK: - The log

    @Test func answersComeBackWhenTheLogIsUnusable() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        let corrupt = dir.appendingPathComponent("corrupt.sqlite")
        try Data(repeating: 0x42, count: 4_096).write(to: corrupt)
        for log in [dir.path, corrupt.path, file.appendingPathComponent("log.sqlite").path] {
            let result = try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, "revenue by country"])
            #expect(result.status == 0, "\(log): \(result.stderr)")
            let json = try object(result.stdout)
            #expect(json["status"] as? String == "answered")
            #expect((json["message"] as? String)?.contains("not being logged") == true)
            #expect(result.stderr.components(separatedBy: "not being logged").count == 2, "said once: \(result.stderr)")
            let chat = try CLI.run(
                ["chat", "--warehouse", warehouse, "--log", log, "--history", dir.appendingPathComponent("h").path],
                input: "revenue by country\nrevenue by gender\n")
            #expect(chat.status == 0)
            #expect(chat.stdout.contains("Revenue by country") && chat.stdout.contains("Revenue by gender"))
            #expect(chat.stderr.components(separatedBy: "not being logged").count == 2, "said once: \(chat.stderr)")
        }
        let missing = try CLI.run(["logs", "list", "--log", dir.appendingPathComponent("none.sqlite").path])
        #expect(missing.status != 0 && missing.stderr.contains("no query log"))
    }

    @Test func reviewOutputCannotBeSpoofed() throws {
        let log = try CLI.temporaryDirectory().appendingPathComponent("log.sqlite").path
        let hostile = "revenue\u{1B}[2J\u{1B}]0;owned\u{07} by country\n42  2026-01-01  cli  answered  fake row\u{2028}\u{202E}"
        let asked = try object(try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, hostile]).stdout)
        let id = try #require(asked["log_id"] as? Int)
        let list = try CLI.run(["logs", "list", "--log", log])
        #expect(list.status == 0)
        #expect(!list.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x2028 || $0.value == 0x202E })
        #expect(list.stdout.split(separator: "\n").count == 3, "one header, one rule, one row: \(list.stdout)")
        let show = try CLI.run(["logs", "show", String(id), "--log", log]).stdout
        #expect(!show.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(show.contains("\\u{1b}[2J") && show.contains("\\n42"))
        let export = try CLI.run(["logs", "export", "--jsonl", "--log", log]).stdout
        #expect(!export.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0x1B })
        #expect(export.contains("\\u2028"))
        let line = try object(String(export.split(separator: "\n")[0]))
        #expect(line["question"] as? String == hostile)
    }

    @Test func verifyChecksTheSQLAndSkipsBrokenEntriesWithFileAndLine() throws {
        let dir = try CLI.temporaryDirectory()
        for file in ["cycling_pro.yaml", "verified_queries.yaml"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("semantic-model/" + file), to: dir.appendingPathComponent(file))
        }
        let model = dir.appendingPathComponent("cycling_pro.yaml").path
        let log = dir.appendingPathComponent("log.sqlite").path
        // Questions answered concurrently verified by concurrent reviewers: none is lost.
        let questions = ["revenue by country", "units by category", "orders per year", "revenue by gender", "customers per country"]
        var ids: [Int] = []
        for q in questions {
            let json = try object(try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, "--model", model, q]).stdout)
            ids.append(try #require(json["log_id"] as? Int, "\(q): \(json)"))
        }
        let processes = try ids.map { id -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["logs", "verify", String(id), "--warehouse", try warehouse, "--log", log, "--model", model, "--by", "t"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let yaml = try String(contentsOfFile: dir.appendingPathComponent("verified_queries.yaml").path, encoding: .utf8)
        for id in ids { #expect(yaml.contains("log_\(id)_"), "entry \(id) lost") }

        // A broken entry: every later ask still answers, and the warning names the file and line.
        let indent = yaml.contains("\n- name:") ? "" : "  "
        try (yaml + "\(indent)- name: broken\n\(indent)  question: no sql here\n").write(
            toFile: dir.appendingPathComponent("verified_queries.yaml").path,
            atomically: true, encoding: .utf8)
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        let after = try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, "--model", model, "revenue by year"])
        #expect(try object(after.stdout)["status"] as? String == "answered")
        #expect(after.stderr.contains("verified_queries.yaml:\(lines)"), "\(after.stderr)")
    }

    // MARK: - Source files that are not files, and bad data

    func freshSource() throws -> (dir: URL, source: URL, build: ([String]) throws -> CLI.Result) {
        let dir = try CLI.temporaryDirectory()
        let source = dir.appendingPathComponent("source")
        try FileManager.default.copyItem(at: try CLITests.work.appendingPathComponent("source"), to: source)
        let build: ([String]) throws -> CLI.Result = { extra in
            try CLI.run(
                [
                    "build", "--source", source.path, "--warehouse", dir.appendingPathComponent("w/warehouse.sqlite").path,
                    "--lake", dir.appendingPathComponent("w/lake").path,
                ] + extra)
        }
        return (dir, source, build)
    }

    @Test func exportsMustBeRegularFiles() throws {
        let (dir, source, build) = try freshSource()
        let target = source.appendingPathComponent("source_erp/LOC_A101.csv").path
        func replace(_ make: () throws -> Void) throws {
            try FileManager.default.removeItem(atPath: target)
            try make()
        }
        try replace { #expect(mkfifo(target, 0o644) == 0) }
        let fifo = try build([])
        #expect(fifo.status == 1 && fifo.stderr.contains("source_erp/LOC_A101.csv") && fifo.stderr.contains("named pipe"))
        try replace { try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: "/dev/zero") }
        let zero = try build([])
        #expect(zero.status == 1 && zero.stderr.contains("symbolic link"))
        let followed = try build(["--follow-symlinks"])
        #expect(followed.status == 1 && followed.stderr.contains("character device"))
        try replace { try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: "/etc/passwd") }
        let passwd = try build([])
        #expect(passwd.status == 1 && !passwd.stderr.contains("root:") && !passwd.stdout.contains("root:"))
        try replace { try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false) }
        let folder = try build([])
        #expect(folder.status == 1 && folder.stderr.contains("is a folder") && !folder.stderr.contains("NSCocoaErrorDomain"))
        // Nothing of those reached the lake.
        let lake = dir.appendingPathComponent("w/lake/source_erp/LOC_A101.csv").path
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: lake)) ?? []).isEmpty)
    }

    @Test func exportsAreCappedInSizeAndStaleCopiesAreSwept() throws {
        let (dir, source, build) = try freshSource()
        let capped = try build(["--max-source-mb", "1"])
        #expect(capped.status == 1 && capped.stderr.contains("above the limit of 1 MB"), "\(capped.stderr)")
        #expect(try build([]).status == 0)
        // A copy left by a killed ingest (its process is gone) goes; one of a live process stays.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let folder = dir.appendingPathComponent("w/lake/source_crm/cust_info.csv")
        let stale = folder.appendingPathComponent(".incoming-\(finished.processIdentifier)-x").path
        let alive = folder.appendingPathComponent(".incoming-\(getpid())-y").path
        for path in [stale, alive] { #expect(FileManager.default.createFile(atPath: path, contents: Data(count: 1_000))) }
        #expect(try build([]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: alive))
        _ = source
    }

    static let badData: [(String, String, String)] = [
        ("CID,CNTRY,CID\nAW-1,DE,AW-1\n", "'CID' twice", "source_erp/LOC_A101.csv:1"),
        ("CID,CNTRY,cid\nAW-1,DE,AW-1\n", "'cid' twice", "source_erp/LOC_A101.csv:1"),
        ("CID,CNTRY,Cntry \nAW-1,DE,FR\n", "twice", "source_erp/LOC_A101.csv:1"),
        ("CID,CNTRY\nAW-1,DE\nAW-2,F\u{0}R\n", "NUL byte", "source_erp/LOC_A101.csv:3 column 2 (CNTRY)"),
        ("CID,CNTRY\nAW-1,\"\u{0}\"\n", "NUL byte", "source_erp/LOC_A101.csv:2"),
        ("CID,CNTRY\nAW-1,DE\nAW-2," + String(repeating: "x", count: 100_000) + "\n", "limit is 65536", "source_erp/LOC_A101.csv:3 column 2"),
        ("CID,CNTRY\nAW-1,\"" + String(repeating: "y", count: 300_000), "longer than any row", "source_erp/LOC_A101.csv:2"),
    ]

    @Test(arguments: badData)
    func badDataIsRefusedWithFileLineAndColumn(_ bad: (String, String, String)) throws {
        let (_, source, build) = try freshSource()
        try Data(bad.0.utf8).write(to: source.appendingPathComponent("source_erp/LOC_A101.csv"))
        let result = try build([])
        #expect(result.status == 1)
        #expect(result.stderr.contains(bad.1) && result.stderr.contains(bad.2), "\(result.stderr.prefix(500))")
    }

    @Test func aHugeHeaderIsNotEchoedWhole() throws {
        let (dir, source, build) = try freshSource()
        let header = (0..<20_000).map { "column_number_\($0)" }.joined(separator: ",")
        try Data((header + "\n1\n").utf8).write(to: source.appendingPathComponent("source_erp/LOC_A101.csv"))
        let result = try build([])
        #expect(result.status == 1 && result.stderr.count < 2_000, "\(result.stderr.count) characters")
        let runs = try CLI.run(["runs", "--warehouse", dir.appendingPathComponent("w/warehouse.sqlite").path]).stdout
        #expect(runs.count < 5_000)
    }

    @Test func manifestCountsRecordsAsTheReaderDoes() throws {
        let (dir, source, build) = try freshSource()
        try Data("CID,CNTRY\rAW-00011000,DE\rAW-00011001,FR\r".utf8).write(to: source.appendingPathComponent("source_erp/LOC_A101.csv"))
        try Data("ID,CAT,SUBCAT,MAINTENANCE\r\nAC_BR,Accessories,Bike Racks,Yes\r\n\r\n\r\n".utf8)
            .write(to: source.appendingPathComponent("source_erp/PX_CAT_G1V2.csv"))
        _ = try build([])  // the data tests may fail on so little data; the lake is written first
        let manifest = try String(contentsOf: dir.appendingPathComponent("w/lake/manifest.jsonl"), encoding: .utf8)
        let rows = Dictionary(
            uniqueKeysWithValues: try manifest.split(separator: "\n").map { line -> (String, Int) in
                let json = try object(String(line))
                return (json["file"] as? String ?? "", json["rows"] as? Int ?? -1)
            })
        #expect(rows["source_erp/LOC_A101.csv"] == 2)
        #expect(rows["source_erp/PX_CAT_G1V2.csv"] == 1)
    }

    @Test func anUnwritableWarehouseFolderIsNamed() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try CLI.run([
            "build", "--source", try CLITests.work.appendingPathComponent("source").path,
            "--warehouse", file.appendingPathComponent("w.sqlite").path, "--lake", dir.appendingPathComponent("lake").path,
        ])
        #expect(result.status == 1 && result.stderr.contains("warehouse folder") && !result.stderr.contains("SQLite error"), "\(result.stderr)")
    }

    @Test func aBuildKilledAfterItsSwapIsRecordedAsSucceeded() throws {
        let (dir, source, _) = try freshSource()
        let w = dir.appendingPathComponent("w/warehouse.sqlite").path
        let arguments = ["build", "--source", source.path, "--warehouse", w, "--lake", dir.appendingPathComponent("w/lake").path]
        #expect(try CLI.run(arguments).status == 0)
        let process = try CLI.startAndWait(arguments, environment: ["CYCLINGPRO_PAUSE_AT": "swapped"], for: "paused at swapped")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try CLI.run(arguments).status == 0)
        let runs = try CLI.run(["runs", "--warehouse", w]).stdout
        #expect(!runs.contains("interrupted") && !runs.contains("running") && !runs.contains("swapping"), "\(runs)")
    }

    // MARK: - Questions

    @Test func anOverlongQuestionIsRefusedQuickly() throws {
        let log = try CLI.temporaryDirectory().appendingPathComponent("log.sqlite").path
        let long = String(repeating: "what was the revenue by country ", count: 3_000)  // 96,000 characters
        let result = try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, long])
        let json = try object(result.stdout)
        #expect(json["status"] as? String == "refused" && (json["message"] as? String)?.contains("limit is 2000") == true)
        let repeated = String(repeating: "revenue ", count: 240)
        let again = try object(try CLI.run(["ask", "--json", "--warehouse", warehouse, "--log", log, repeated]).stdout)
        #expect(again["status"] as? String != "failed", "\(again["message"] ?? "")")
    }
}
