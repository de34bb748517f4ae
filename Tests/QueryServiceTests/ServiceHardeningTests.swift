import Foundation
import GRDB
import QueryService
import SemanticModel
import Testing
import Translation
import Warehouse

/// The service around the translator: answers that do not depend on the log, question limits,
/// checked verification, and a warehouse swapped in by a rebuild.
@Suite struct ServiceHardeningTests {
    func service(log: String, model: String = SharedWarehouse.modelPath, warehouse: String? = nil) throws -> AskService {
        try AskService(.init(warehousePath: warehouse ?? SharedWarehouse.path, modelPath: model, logPath: log)) { model, executor in
            try RuleBasedTranslator(model: model, catalog: executor)
        }
    }

    func folder() throws -> URL {
        let dir = SharedWarehouse.root.appendingPathComponent("svc-hard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func anUnusableLogNeverStopsAnAnswer() async throws {
        let dir = try folder()
        let garbage = dir.appendingPathComponent("garbage.sqlite")
        try Data(repeating: 0x41, count: 8_192).write(to: garbage)
        let file = dir.appendingPathComponent("plain-file")
        try Data("x".utf8).write(to: file)
        for path in [dir.path, garbage.path, file.appendingPathComponent("log.sqlite").path] {
            let service = try service(log: path)
            #expect(service.logProblem?.contains("not being logged") == true, "\(path)")
            let answer = await service.ask("revenue by country")
            #expect(answer.status == .answered, "\(path): \(answer.message ?? "")")
            #expect(answer.log_id == nil)
            #expect(answer.message?.contains("not being logged") == true)
        }
    }

    @Test func aLockedLogDelaysAnAnswerOnlyBrieflyAndNeverStopsIt() async throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("log.sqlite").path
        let service = try service(log: path)
        // Another connection holding a write transaction, as a stuck reviewer tool would; it
        // holds it on its own thread until told to let go (semaphores, no timers).
        let holder = try DatabaseQueue(path: path)
        let locked = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? holder.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                release.wait()
                try db.execute(sql: "ROLLBACK")
            }
            released.signal()
        }
        locked.wait()
        let answer = await service.ask("revenue by country")
        #expect(answer.status == .answered)
        #expect(answer.log_id == nil)
        #expect(answer.message?.contains("could not be logged") == true)
        // Reading the log needs no write lock: a review works while the writer holds it.
        #expect(try QueryLog(readingFrom: path).entries().isEmpty)
        release.signal()
        released.wait()
        let logged = await service.ask("revenue by country")
        #expect(logged.log_id != nil)
    }

    @Test func readingAMissingOrForeignLogIsAClearError() throws {
        let dir = try folder()
        #expect { try QueryLog(readingFrom: dir.appendingPathComponent("none.sqlite").path) } throws: {
            "\($0)".contains("no query log")
        }
        let foreign = dir.appendingPathComponent("foreign.sqlite").path
        try DatabaseQueue(path: foreign).inDatabase { db in try db.execute(sql: "CREATE TABLE t(x)") }
        #expect { try QueryLog(readingFrom: foreign) } throws: { "\($0)".contains("not a query log") }
    }

    @Test(arguments: [2_001, 10_000, 1_000_000])
    func anOverlongQuestionIsRefusedAndLoggedShort(_ length: Int) async throws {
        let dir = try folder()
        let service = try service(log: dir.appendingPathComponent("log.sqlite").path)
        let question = String(repeating: "revenue ", count: length / 8 + 1)
        let answer = await service.ask(question)
        #expect(answer.status == .refused)
        #expect(answer.message?.contains("limit is 2000") == true)
        let id = try #require(answer.log_id)
        let entry = try #require(try service.queryLog?.entry(id: id))
        #expect(entry.question.count < 300 && entry.question.contains("characters in all"))
    }

    @Test(arguments: ["", "   ", "\n\t"])
    func anEmptyQuestionIsRefused(_ question: String) async throws {
        let dir = try folder()
        let answer = await try service(log: dir.appendingPathComponent("log.sqlite").path).ask(question)
        #expect(answer.status == .refused && answer.message?.contains("empty") == true)
    }

    @Test func personWrittenSQLGoesThroughTheGuardTheCompilerAndTheLog() async throws {
        let dir = try folder()
        let service = try service(log: dir.appendingPathComponent("log.sqlite").path)
        let refused = await service.runSQL("SELECT COUNT(*) FROM (raw_crm_cust_info)")
        #expect(!refused.allowed && refused.reason.contains("raw table"))
        let uncompiled = await service.runSQL("SELECT nosuch FROM fact_sales")
        #expect(!uncompiled.allowed && uncompiled.reason.contains("no such column"))
        let ran = await service.runSQL("SELECT gender, COUNT(*) FROM dim_customers GROUP BY gender")
        #expect(ran.allowed && ran.error == nil && ran.rows.count >= 2)
        let log = try #require(service.queryLog)
        let statuses = try log.entries().map(\.status)
        #expect(statuses == ["answered", "refused", "refused"])
        #expect(try log.entries().allSatisfy { $0.translator == "person" })
    }

    @Test func verificationChecksTheSQLFirst() throws {
        let dir = try folder()
        let model = dir.appendingPathComponent("cycling_pro.yaml").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.modelPath, toPath: model)
        let service = try service(log: dir.appendingPathComponent("log.sqlite").path, model: model)
        func entry(_ sql: String) -> QueryLogEntry {
            QueryLogEntry(
                id: 7, time: "2026-12-01T00:00:00Z", interface: "cli", user: nil, question: "sneaky \(sql.count)",
                translator: "rules", sql: sql, tables: [], guard_allowed: true, guard_reason: nil, status: "answered",
                row_count: 0, elapsed_ms: 0, error: nil, verified_query: nil, feedback: nil, flag_note: nil)
        }
        for sql in ["SELECT COUNT(*) FROM raw_crm_cust_info", "SELECT nosuch FROM fact_sales", "SELECT printf('%.*c', 1e9, 'x')"] {
            #expect(throws: QueryServiceError.self, "\(sql)") {
                try Review.verify(entry: entry(sql), modelPath: model, reviewer: "t", check: service.check(sql:))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("verified_queries.yaml").path))
    }

    @Test func concurrentVerificationsLoseNoEntry() async throws {
        let dir = try folder()
        let model = dir.appendingPathComponent("cycling_pro.yaml").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.modelPath, toPath: model)
        let service = try service(log: dir.appendingPathComponent("log.sqlite").path, model: model)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<12 {
                group.addTask {
                    let entry = QueryLogEntry(
                        id: Int64(i), time: "2026-12-01T00:00:00Z", interface: "cli", user: nil, question: "question number \(i)",
                        translator: "rules", sql: "SELECT \(i) AS n", tables: [], guard_allowed: true, guard_reason: nil,
                        status: "answered", row_count: 1, elapsed_ms: 0, error: nil, verified_query: nil, feedback: nil, flag_note: nil)
                    try Review.verify(entry: entry, modelPath: model, reviewer: "t", check: service.check(sql:))
                }
            }
            try await group.waitForAll()
        }
        let (queries, warnings) = SemanticModelLoader.loadVerifiedQueries(path: dir.appendingPathComponent("verified_queries.yaml").path)
        #expect(warnings.isEmpty)
        #expect(Set(queries.map(\.question)) == Set((0..<12).map { "question number \($0)" }))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func aBrokenVerifiedQueryIsSkippedWithItsFileAndLine() async throws {
        let dir = try folder()
        let model = dir.appendingPathComponent("cycling_pro.yaml").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.modelPath, toPath: model)
        try """
        verified_queries:
          - name: fine
            question: How many customers are there in all?
            sql: SELECT COUNT(*) FROM dim_customers
          - name: no_sql
            question: What is missing here?
          - name: not_compiling
            question: What about this column?
            sql: SELECT nosuch FROM fact_sales
          - name: not_allowed
            question: What do the raw tables hold?
            sql: SELECT COUNT(*) FROM raw_crm_cust_info
        """.write(toFile: dir.appendingPathComponent("verified_queries.yaml").path, atomically: true, encoding: .utf8)
        let service = try service(log: dir.appendingPathComponent("log.sqlite").path, model: model)
        let warnings = service.warnings.joined(separator: "\n")
        #expect(warnings.contains("verified_queries.yaml:5"), "\(warnings)")
        #expect(warnings.contains("not_compiling") && warnings.contains("not_allowed"))
        #expect(service.model.verified_queries?.map(\.name) == ["fine"])
        let answered = await service.ask("revenue by country")
        #expect(answered.status == .answered)

        try "verified_queries:\n  - name: 'unclosed\n".write(
            toFile: dir.appendingPathComponent("verified_queries.yaml").path,
            atomically: true, encoding: .utf8)
        let broken = try self.service(log: dir.appendingPathComponent("log2.sqlite").path, model: model)
        #expect(broken.warnings.contains { $0.contains("verified_queries.yaml") && $0.contains("not valid YAML") })
        let stillAnswered = await broken.ask("revenue by country")
        #expect(stillAnswered.status == .answered)
    }

    @Test func aRebuildIsPickedUpByTheNextQuestion() async throws {
        let dir = try folder()
        let live = dir.appendingPathComponent("warehouse.sqlite").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.path, toPath: live)
        let service = try service(log: dir.appendingPathComponent("log.sqlite").path, warehouse: live)
        let before = await service.ask("how many customers do we have")
        // A "rebuild": a new file with fewer customers renamed over the live one.
        let next = dir.appendingPathComponent("next.sqlite").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.path, toPath: next)
        let writer = try DatabaseQueue(path: next)
        try writer.inDatabase { db in try db.execute(sql: "DELETE FROM dim_customers WHERE customer_key % 2 = 0") }
        try writer.close()
        #expect(rename(next, live) == 0)
        let after = await service.ask("how many customers do we have")
        #expect(before.status == .answered && after.status == .answered)
        #expect(before.rows != after.rows, "the answer still came from the old warehouse")
    }
}

/// A value with an apostrophe is found and quoted (it was refused: the question's words lose
/// their apostrophes, the value kept its own).
@Suite struct ApostropheValueTests {
    @Test func aCountryWithAnApostropheIsAnswered() async throws {
        let dir = SharedWarehouse.root.appendingPathComponent("apostrophe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let warehouse = dir.appendingPathComponent("warehouse.sqlite").path
        try FileManager.default.copyItem(atPath: SharedWarehouse.path, toPath: warehouse)
        let writer = try DatabaseQueue(path: warehouse)
        try writer.inDatabase { db in try db.execute(sql: "UPDATE dim_customers SET country = 'Côte d''Ivoire' WHERE country = 'France'") }
        try writer.close()
        let service = try AskService(
            .init(
                warehousePath: warehouse, modelPath: SharedWarehouse.modelPath,
                logPath: dir.appendingPathComponent("log.sqlite").path)
        ) { model, executor in
            try RuleBasedTranslator(model: model, catalog: executor)
        }
        let answer = await service.ask("how many customers do we have in Côte d'Ivoire")
        #expect(answer.status == .answered, "\(answer.message ?? "")")
        #expect(answer.sql?.contains("'Côte d''Ivoire'") == true)
        let france = try SharedWarehouse.rows("SELECT COUNT(*) FROM dim_customers WHERE country = 'France'")
        #expect(answer.rows.first.map { "\($0[0])" } == france.first.map { String($0.prefix(while: { $0 != "." })) })
    }
}
