import Foundation
import GRDB

/// The run log: its own SQLite file beside the warehouse, so it survives failed builds and
/// swaps of the warehouse file.
public struct RunHistory: Sendable {
    let queue: DatabaseQueue
    public let path: String

    public init(path: String) throws {
        self.path = path
        do {
            try FileManager.default.createDirectory(
                atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true)
            var config = Configuration()
            config.busyMode = .timeout(5)
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.write { db in
                try db.execute(sql: """
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
        } catch {
            throw PipelineError(step: "runs", file: path, message: "cannot open the run history: \(error)")
        }
    }

    func start(warehouse: String, sourceDirectory: String) throws -> Int64 {
        try queue.write { db in
            // A run still marked running whose process is gone was killed: say so. One killed
            // after its swap built the live warehouse (which names its run): it succeeded.
            let stale = try Row.fetchAll(db, sql: "SELECT id, pid, status FROM runs WHERE status IN ('running', 'swapping')")
            let live = Self.runThatBuilt(warehouse)
            for row in stale where kill(Int32(row["pid"] as Int64), 0) != 0 {
                let id: Int64 = row["id"]
                if row["status"] as String == "swapping" && live == id {
                    try db.execute(sql: "UPDATE runs SET status = 'succeeded', finished_at = coalesce(finished_at, ?) WHERE id = ?",
                                   arguments: [Timestamp.iso8601(Date()), id])
                } else {
                    try db.execute(sql: "UPDATE runs SET status = 'interrupted', error = 'the build process ended before finishing' WHERE id = ?",
                                   arguments: [id])
                }
            }
            try db.execute(
                sql: "INSERT INTO runs (pid, started_at, status, warehouse, source_directory) VALUES (?, ?, 'running', ?, ?)",
                arguments: [getpid(), Timestamp.iso8601(Date()), warehouse, sourceDirectory])
            return db.lastInsertedRowID
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

    func finish(id: Int64, status: String, error: String?, models: [RunRecord.ModelRows], tests: [DataTestResult],
                sources: [LakeObject]) throws {
        let encoder = JSONEncoder()
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        try queue.write { db in
            try db.execute(
                sql: "UPDATE runs SET finished_at = ?, status = ?, error = ?, models = ?, tests = ?, sources = ? WHERE id = ?",
                arguments: [Timestamp.iso8601(Date()), status, error, try json(models), try json(tests), try json(sources), id])
        }
    }

    /// The most recent runs first.
    public func recent(limit: Int = 20) throws -> [RunRecord] {
        let decoder = JSONDecoder()
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                func decode<T: Decodable>(_ column: String) throws -> T {
                    try decoder.decode(T.self, from: Data((row[column] as String).utf8))
                }
                return RunRecord(
                    id: row["id"], startedAt: row["started_at"], finishedAt: row["finished_at"], status: row["status"],
                    error: row["error"], warehouse: row["warehouse"], sourceDirectory: row["source_directory"],
                    models: try decode("models"), tests: try decode("tests"), sources: try decode("sources"))
            }
        }
    }
}
