import Foundation
import GRDB

/// The run log: its own SQLite file beside the warehouse, so it survives failed builds and
/// swaps of the warehouse file. Rows are `RunRecord`s; the schema is the migrator's.
public struct RunHistory: Sendable {
    let queue: DatabaseQueue
    public let path: String

    /// Opens the history, creating it or bringing an older file up to date.
    public init(path: String) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(
                atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
            var config = Configuration()
            config.busyMode = .timeout(5)
            queue = try DatabaseQueue(path: path, configuration: config)
            try Self.migrator.migrate(queue)
        } catch {
            throw PipelineError(step: "runs", file: path, message: "cannot open the run history: \(error)")
        }
    }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // The table exactly as histories written before the migrator have it. `IF NOT EXISTS`:
        // such a file takes v1 as already applied to its data and keeps every run.
        migrator.registerMigration("v1") { db in
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
        }
        return migrator
    }()

    func start(warehouse: String, sourceDirectory: String) throws -> Int64 {
        try queue.write { db in
            // A run still marked running whose process is gone was killed: say so. One killed
            // after its swap built the live warehouse (which names its run): it succeeded.
            let stale = try RunRecord.filter([RunStatus.running, RunStatus.swapping].contains(Column("status"))).fetchAll(db)
            let live = Self.runThatBuilt(warehouse)
            for var run in stale where kill(run.pid, 0) != 0 {
                if run.status == .swapping && live == run.id {
                    run.status = .succeeded
                    run.finishedAt = run.finishedAt ?? Timestamp.iso8601(Date())
                } else {
                    run.status = .interrupted
                    run.error = "the build process ended before finishing"
                }
                try run.update(db)
            }
            var run = RunRecord(
                pid: getpid(), startedAt: Timestamp.iso8601(Date()), status: .running, warehouse: warehouse,
                sourceDirectory: sourceDirectory)
            try run.insert(db)
            guard let id = run.id else { throw PipelineError(step: "runs", file: path, message: "the new run was given no id") }
            return id
        }
    }

    /// The run id the warehouse file records (PRAGMA user_version), or nil.
    static func runThatBuilt(_ warehouse: String) -> Int64? {
        guard FileManager.default.fileExists(atPath: warehouse) else { return nil }
        var config = Configuration()
        config.readonly = true
        return try? DatabaseQueue(path: warehouse, configuration: config).read { db in
            try Int64.fetchOne(db, sql: "PRAGMA user_version")
        }
    }

    func finish(
        id: Int64, status: RunStatus, error: String?, models: [RunRecord.ModelRows], tests: [DataTestResult],
        sources: [LakeObject]
    ) throws {
        try queue.write { db in
            guard var run = try RunRecord.fetchOne(db, key: id) else {
                throw PipelineError(step: "runs", file: path, message: "run \(id) is missing from the run history")
            }
            run.finishedAt = Timestamp.iso8601(Date())
            run.status = status
            run.error = error
            run.models = models
            run.tests = tests
            run.sources = sources
            try run.update(db)
        }
    }

    /// The most recent runs first.
    public func recent(limit: Int = 20) throws -> [RunRecord] {
        try queue.read { db in
            try RunRecord.order(Column("id").desc).limit(limit).fetchAll(db)
        }
    }
}
