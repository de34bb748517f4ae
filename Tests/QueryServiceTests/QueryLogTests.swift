import Foundation
import QueryService
import SemanticModel
import Testing
import Translation

@Suite struct QueryLogTests {
    @Test func everyQuestionIsLoggedWithItsOutcome() async throws {
        let (service, _) = try SharedWarehouse.service()
        let answered = await service.ask("revenue by country", interface: "http", user: "alice")
        let refused = await service.ask("delete everything")
        let answeredID = try #require(answered.log_id)
        let log = try #require(service.queryLog)
        let entry = try #require(try log.entry(id: answeredID))
        #expect(entry.status == "answered" && entry.interface == "http" && entry.user == "alice")
        #expect(entry.sql == answered.sql && entry.tables == ["dim_customers", "fact_sales"] && entry.guard_allowed == true)
        #expect(entry.row_count == answered.rows.count && entry.translator == "rules")
        let refusedID = try #require(refused.log_id)
        let refusal = try #require(try log.entry(id: refusedID))
        #expect(refusal.status == "refused" && refusal.sql == nil && refusal.error?.contains("only read") == true)
        let stats = try log.stats()
        #expect(stats.total == 2)
        #expect(stats.topRefused.first?.0 == "delete everything")
        #expect(try log.entries(.init(status: "refused")).count == 1)
        #expect(try log.entries(.init(text: "country")).count == 1)
    }

    @Test func concurrentAskersLoseNoEntries() async throws {
        let dir = SharedWarehouse.root.appendingPathComponent("log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("log.sqlite").path
        _ = try QueryLog(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    let log = try QueryLog(path: path)  // separate connections, as separate processes would have
                    for i in 0..<25 {
                        try log.record(
                            QueryLogEntry(
                                id: 0, time: "2026-11-27T00:00:00Z", interface: "test", user: "w\(writer)",
                                question: "q\(writer)-\(i)", translator: "rules", sql: nil, tables: [],
                                guard_allowed: nil, guard_reason: nil, status: "answered", row_count: 0,
                                elapsed_ms: Double(i), error: nil, verified_query: nil, feedback: nil, flag_note: nil))
                    }
                }
            }
            try await group.waitForAll()
        }
        let entries = try QueryLog(path: path).entries(.init(limit: 1_000))
        #expect(entries.count == 200)
        #expect(Set(entries.map(\.question)).count == 200)
    }

    @Test func verifyingAnEntryMakesItTheAnswerNextTime() async throws {
        let (service, dir) = try SharedWarehouse.service(copyModel: true)
        let question = "How many distinct buyers ordered helmets in 2013?"
        let first = await service.ask(question)
        #expect(first.status == .answered && first.verified_query == nil)
        let firstID = try #require(first.log_id)
        let entry = try #require(try service.queryLog?.entry(id: firstID))
        let modelPath = dir.appendingPathComponent("cycling_pro.yaml").path
        let name = try Review.verify(entry: entry, modelPath: modelPath, reviewer: "tester", check: service.check(sql:))
        #expect(throws: QueryServiceError.self) {
            try Review.verify(entry: entry, modelPath: modelPath, reviewer: "tester", check: service.check(sql:))
        }
        // A fresh service reads the verified query from verified_queries.yaml beside the model.
        let reloaded = try AskService(
            .init(
                warehousePath: SharedWarehouse.path, modelPath: modelPath,
                logPath: dir.appendingPathComponent("log2.sqlite").path)
        ) { model, executor in
            try RuleBasedTranslator(model: model, catalog: executor)
        }
        let again = await reloaded.ask("how many distinct buyers ordered helmets in 2013")
        #expect(again.verified_query == name)
        #expect(again.sql == first.sql)
        #expect(again.rows == first.rows)
    }

    @Test func flaggingRecordsTheNoteAndUnknownIdsAreErrors() async throws {
        let (service, _) = try SharedWarehouse.service()
        let answer = await service.ask("revenue by gender")
        let id = try #require(answer.log_id)
        let log = try #require(service.queryLog)
        try log.flag(id: id, note: "should exclude n/a")
        #expect(try log.entry(id: id)?.flag_note == "should exclude n/a")
        #expect(throws: QueryServiceError.self) { try log.flag(id: 999_999, note: "x") }
    }
}
