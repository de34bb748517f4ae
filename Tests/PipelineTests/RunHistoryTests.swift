import Foundation
import GRDB
import TestSupport
import Testing

@testable import Pipeline

/// The run history as records under a migrator, and the files written before it had one.
@Suite struct RunHistoryTests {
    static func temporaryFile() throws -> String {
        let dir = try ScratchDirectory.make("runs")
        return dir.appendingPathComponent("runs.sqlite").path
    }

    /// A history exactly as the code before the migrator wrote it: the table created with raw
    /// SQL, the JSON columns from a plain JSONEncoder, no migration table.
    static func writeOldFormat(at path: String, runningPID: Int32) throws {
        let queue = try DatabaseQueue(path: path)
        let models = String(decoding: try JSONEncoder().encode([RunRecord.ModelRows(model: "fact_sales", rows: 6, milliseconds: 1.5)]), as: UTF8.self)
        let tests = String(
            decoding: try JSONEncoder().encode([
                DataTestResult(
                    name: "unique_x", table: "dim_customers", passed: true,
                    failures: 0, samples: [])
            ]), as: UTF8.self)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE IF NOT EXISTS runs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        pid INTEGER NOT NULL,
                        started_at TEXT NOT NULL,
                        finished_at TEXT,
                        status TEXT NOT NULL,
                        error TEXT,
                        warehouse TEXT NOT NULL,
                        source_directory TEXT NOT NULL,
                        models TEXT NOT NULL DEFAULT '[]',
                        tests TEXT NOT NULL DEFAULT '[]',
                        sources TEXT NOT NULL DEFAULT '[]')
                    """)
            try db.execute(
                sql: """
                    INSERT INTO runs (pid, started_at, finished_at, status, error, warehouse, source_directory, models, tests)
                    VALUES (1, '2026-11-01T10:00:00Z', '2026-11-01T10:00:05Z', 'succeeded', NULL, 'w.sqlite', 'src', ?, ?)
                    """, arguments: [models, tests])
            try db.execute(
                sql: """
                    INSERT INTO runs (pid, started_at, finished_at, status, error, warehouse, source_directory)
                    VALUES (1, '2026-11-02T10:00:00Z', '2026-11-02T10:00:01Z', 'failed', 'missing source file(s): x.csv', 'w.sqlite', 'src')
                    """)
            try db.execute(
                sql: """
                    INSERT INTO runs (pid, started_at, status, warehouse, source_directory)
                    VALUES (?, '2026-11-03T10:00:00Z', 'running', 'w.sqlite', 'src')
                    """, arguments: [runningPID])
        }
        try queue.close()
    }

    /// A process id that is certainly gone: a child that has exited and been reaped.
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func anOldFormatHistoryIsMigratedAndKeepsItsRuns() throws {
        let path = try Self.temporaryFile()
        try Self.writeOldFormat(at: path, runningPID: try Self.deadPID())
        let history = try RunHistory(path: path)
        let old = try history.recent()
        #expect(old.map(\.id) == [3, 2, 1])
        #expect(old.map(\.status) == [.running, .failed, .succeeded])
        #expect(old[1].error == "missing source file(s): x.csv")
        #expect(old[2].models.first?.model == "fact_sales" && old[2].models.first?.rows == 6)
        #expect(old[2].tests.first?.name == "unique_x" && old[2].tests.first?.passed == true)
        #expect(old[2].sources.isEmpty)
        let applied = try history.queue.read { db in try RunHistory.migrator.appliedIdentifiers(db) }
        #expect(applied == ["v1"])

        // New runs go on after the old ones; the old run whose process is gone is interrupted.
        let id = try history.start(warehouse: "w.sqlite", sourceDirectory: "src")
        #expect(id == 4)
        try history.finish(
            id: id, status: .succeeded, error: nil,
            models: [RunRecord.ModelRows(model: "dim_products", rows: 3, milliseconds: 2)], tests: [], sources: [])
        let now = try RunHistory(path: path).recent()
        #expect(now.map(\.status) == [.succeeded, .interrupted, .failed, .succeeded])
        #expect(now[1].error == "the build process ended before finishing")
        #expect(now[0].models.map(\.model) == ["dim_products"] && now[0].finishedAt != nil)
    }

    @Test func aNewHistoryIsCreatedByTheMigrator() throws {
        let path = try Self.temporaryFile()
        let history = try RunHistory(path: path)
        #expect(try history.recent().isEmpty)
        let id = try history.start(warehouse: "w.sqlite", sourceDirectory: "src")
        try history.finish(id: id, status: .failed, error: "the sales export is empty", models: [], tests: [], sources: [])
        let runs = try history.recent()
        #expect(runs.count == 1 && runs[0].status == .failed && runs[0].pid == getpid())
        // The API's JSON keeps its camelCase names and the status's text.
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(runs[0])) as? [String: Any]
        #expect(json?["status"] as? String == "failed" && json?["startedAt"] is String && json?["sourceDirectory"] as? String == "src")
    }
}
