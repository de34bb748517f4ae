import Foundation
import QueryService
import SQLGuard
import Testing
import Translation
import Warehouse

/// Many callers at once, as a server has them: a slow query holds one connection, never the
/// others, and a caller that goes away cancels its query.
@Suite struct ConcurrencyTests {
    /// Ends only when interrupted: by cancellation here, as its time limit is the longest allowed (ten minutes; a
    /// one-minute limit ran out on a loaded 2-core CI machine before the 40 quick queries were all answered).
    static let endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"

    actor Record {
        var fastDone = 0
        var slowDoneBeforeFast = 0
        var slowErrors: [String] = []
        func fast() { fastDone += 1 }
        func slow(_ error: String) { slowErrors.append(error) }
    }

    @Test func fastQueriesDoNotWaitBehindSlowOnes() async throws {
        let policy = GuardPolicy(allowedTables: ["dim_customers", "dim_products", "fact_sales"])
        let executor = try ReadOnlyExecutor(
            path: SharedWarehouse.path, allowedTables: policy.allowedTables,
            allowedFunctions: policy.allowedFunctions,
            limits: QueryLimits(timeoutSeconds: 600), connections: 4)
        let record = Record()
        let slow = (0..<3).map { _ in
            Task {
                do {
                    _ = try await executor.run(Self.endless)
                    await record.slow("finished")
                } catch {
                    await record.slow("\(error)")
                }
            }
        }
        // 40 quick questions over the one free connection, while three endless ones run.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for i in 0..<40 {
                group.addTask {
                    let result = try await executor.run("SELECT COUNT(*) FROM fact_sales WHERE quantity > \(i % 3)")
                    #expect(result.rows.count == 1)
                    await record.fast()
                }
            }
            try await group.waitForAll()
        }
        #expect(await record.fastDone == 40)
        #expect(await record.slowErrors.isEmpty, "a slow query ended before the fast ones were all answered")
        // The callers of the slow queries go away: their queries are interrupted, not left running.
        slow.forEach { $0.cancel() }
        for task in slow { await task.value }
        #expect(await record.slowErrors.count == 3)
        #expect(await record.slowErrors.allSatisfy { $0 != "finished" })
        // And the connections are usable again.
        #expect(try await executor.run("SELECT 1").rows == [[.integer(1)]])
    }

    @Test func concurrentAsksAreAllAnsweredAndLogged() async throws {
        let dir = SharedWarehouse.root.appendingPathComponent("conc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let service = try AskService(
            .init(
                warehousePath: SharedWarehouse.path, modelPath: SharedWarehouse.modelPath,
                logPath: dir.appendingPathComponent("log.sqlite").path, connections: 3)
        ) { model, executor in
            try RuleBasedTranslator(model: model, catalog: executor)
        }
        let questions = ["revenue by country", "orders per year", "top 5 products by revenue", "how many customers do we have"]
        let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
            for i in 0..<32 { group.addTask { await service.ask(questions[i % questions.count], interface: "test") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 32 && answers.allSatisfy { $0.status == .answered })
        #expect(Set(answers.compactMap(\.log_id)).count == 32)
    }
}
