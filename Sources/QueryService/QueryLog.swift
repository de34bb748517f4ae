import Foundation
import GRDB
import LLMTranslation

/// The log of every question, in its own SQLite file (never the warehouse, so no query can reach
/// it). WAL mode and a busy timeout let concurrent askers write without blocking readers or
/// losing entries.
public final class QueryLog: Sendable {
    let pool: DatabasePool
    public let path: String

    /// Opens the log for writing, creating it and applying its migrations.
    /// - Parameter busySeconds: how long a write waits for another writer. Askers pass a short
    ///   wait: a log held by another process must delay an answer little and never stop it.
    public init(path: String, busySeconds: Double = 10) throws {
        self.path = path
        do {
            let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            var config = Configuration()
            config.busyMode = .timeout(busySeconds)
            // WAL with NORMAL sync: an entry survives a crash of the process (not a power cut)
            // without an fsync per question, which cost more than answering it.
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            pool = try DatabasePool(path: path, configuration: config)
            try Self.migrator.migrate(pool)
        } catch {
            throw QueryServiceError.log("cannot open the query log \(path): \(Self.describe(error))")
        }
    }

    /// Opens an existing log for reading only: no migration, no write lock, so a review works
    /// while askers write and on a file the reviewer may not change.
    public init(readingFrom path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw QueryServiceError.log("no query log at \(path) yet: ask a question first, or pass --log FILE")
        }
        do {
            var config = Configuration()
            config.readonly = true
            config.busyMode = .timeout(2)
            pool = try DatabasePool(path: path, configuration: config)
            let applied = try pool.read { db in try Self.migrator.hasCompletedMigrations(db) }
            guard applied else {
                throw QueryServiceError.log("\(path) is not a query log of this version (its tables are missing or older); `cyclingpro ask` creates one")
            }
        } catch let error as QueryServiceError {
            throw error
        } catch {
            throw QueryServiceError.log("cannot read the query log \(path): \(Self.describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: return "it is locked by another process"
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return "the file is not a query log (corrupt or another kind of file)"
            case .SQLITE_READONLY: return "the file or its folder is read-only"
            case .SQLITE_CANTOPEN: return "it cannot be opened (a folder, a missing folder, or no permission)"
            default: return error.message ?? "\(error)"
            }
        }
        return "\(error)"
    }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE queries (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        time TEXT NOT NULL,
                        interface TEXT NOT NULL,
                        user TEXT,
                        question TEXT NOT NULL,
                        translator TEXT NOT NULL,
                        sql TEXT,
                        tables TEXT NOT NULL DEFAULT '[]',
                        guard_allowed INTEGER,
                        guard_reason TEXT,
                        status TEXT NOT NULL,
                        row_count INTEGER NOT NULL DEFAULT 0,
                        elapsed_ms REAL NOT NULL,
                        error TEXT,
                        verified_query TEXT,
                        feedback TEXT,
                        flag_note TEXT);
                    CREATE INDEX queries_time ON queries(time);
                    CREATE INDEX queries_status ON queries(status);
                    """)
        }
        // Translation and execution timed apart; the LLM's attempts and what they cost.
        migrator.registerMigration("v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE queries ADD COLUMN translation_ms REAL;
                    ALTER TABLE queries ADD COLUMN execution_ms REAL;
                    ALTER TABLE queries ADD COLUMN llm_attempts TEXT NOT NULL DEFAULT '[]';
                    ALTER TABLE queries ADD COLUMN llm_requests INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE queries ADD COLUMN llm_repairs INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE queries ADD COLUMN prompt_tokens INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE queries ADD COLUMN completion_tokens INTEGER NOT NULL DEFAULT 0;
                    """)
        }
        return migrator
    }()

    /// Moves what the write-ahead log holds into the log file and closes it: the service's last
    /// step on shutdown, once the requests in flight are answered and logged. A write after it
    /// fails (an answer then says it was not logged).
    public func close() throws {
        do {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            try pool.close()
        } catch {
            throw QueryServiceError.log("cannot close the query log \(path): \(Self.describe(error))")
        }
    }

    @discardableResult
    public func record(_ entry: QueryLogEntry) throws -> Int64 {
        let tables = String(decoding: try JSONEncoder().encode(entry.tables), as: UTF8.self)
        // Most questions make no LLM request: no encoder for an empty list.
        let attempts = entry.llm_attempts.isEmpty ? "[]" : String(decoding: try JSONEncoder().encode(entry.llm_attempts), as: UTF8.self)
        let summary = LLMAttemptSummary(entry.llm_attempts)
        return try pool.write { db in
            // The same INSERT for every question: prepared once per connection, not per entry.
            try db.cachedStatement(
                sql: """
                    INSERT INTO queries (time, interface, user, question, translator, sql, tables, guard_allowed, guard_reason,
                                         status, row_count, elapsed_ms, error, verified_query, translation_ms, execution_ms,
                                         llm_attempts, llm_requests, llm_repairs, prompt_tokens, completion_tokens)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                entry.time, entry.interface, entry.user, entry.question, entry.translator, entry.sql, tables,
                entry.guard_allowed, entry.guard_reason, entry.status, entry.row_count, entry.elapsed_ms,
                entry.error, entry.verified_query, entry.translation_ms, entry.execution_ms, attempts,
                summary.requests, summary.repairs, summary.promptTokens, summary.completionTokens,
            ])
            return db.lastInsertedRowID
        }
    }

    /// Filters for `logs`.
    public struct Filter: Sendable {
        public var status: String?
        public var since: String?
        public var text: String?
        /// Only this user's entries.
        public var user: String?
        public var limit: Int

        public init(status: String? = nil, since: String? = nil, text: String? = nil, user: String? = nil, limit: Int = 20) {
            self.user = user
            self.status = status
            self.since = since
            self.text = text
            self.limit = limit
        }
    }

    public func entries(_ filter: Filter = Filter()) throws -> [QueryLogEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let status = filter.status { conditions.append("status = ?"); arguments += [status] }
        if let user = filter.user { conditions.append("user = ?"); arguments += [user] }
        if let since = filter.since { conditions.append("time >= ?"); arguments += [since] }
        if let text = filter.text {
            conditions.append("(question LIKE ? OR sql LIKE ?)")
            arguments += ["%\(text)%", "%\(text)%"]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [filter.limit]
        return try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM queries \(whereClause) ORDER BY id DESC LIMIT ?", arguments: arguments).map(Self.entry)
        }
    }

    public func entry(id: Int64) throws -> QueryLogEntry? {
        try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM queries WHERE id = ?", arguments: [id]).map(Self.entry) }
    }

    public func flag(id: Int64, note: String) throws {
        try update(id: id, sql: "UPDATE queries SET flag_note = ?, feedback = coalesce(feedback, 'wrong') WHERE id = ?", [note, id])
    }

    /// A reviewer's or asker's note, kept beside the feedback.
    public func note(id: Int64, note: String) throws {
        try update(id: id, sql: "UPDATE queries SET flag_note = ? WHERE id = ?", [note, id])
    }

    public func setFeedback(id: Int64, feedback: String) throws {
        try update(id: id, sql: "UPDATE queries SET feedback = ? WHERE id = ?", [feedback, id])
    }

    private func update(id: Int64, sql: String, _ arguments: StatementArguments) throws {
        let changed = try pool.write { db in
            try db.execute(sql: sql, arguments: arguments)
            return db.changesCount
        }
        guard changed == 1 else { throw QueryServiceError.notFound("no query-log entry \(id) in \(path); `cyclingpro logs` lists them") }
    }

    public struct TranslatorStats: Sendable {
        public var translator: String
        public var answered, refused, failed, llmRequests, repairs, promptTokens, completionTokens: Int
    }

    /// Counts, frequent refusals and failures, latency percentiles.
    public struct Stats: Sendable {
        public var total: Int
        public var byStatus: [(String, Int)]
        public var byTranslator: [(String, Int)]
        /// Per translator: answered, refused, failed, LLM requests, repairs, prompt and completion tokens.
        public var translators: [TranslatorStats]
        public var topRefused: [(String, Int)]
        public var topFailed: [(String, Int)]
        public var latency: [(String, Double)]
    }

    public func stats() throws -> Stats {
        try pool.read { db in
            func pairs(_ sql: String) throws -> [(String, Int)] {
                try Row.fetchAll(db, sql: sql).map { ($0[0] as String, $0[1] as Int) }
            }
            let latencies = try Double.fetchAll(db, sql: "SELECT elapsed_ms FROM queries ORDER BY elapsed_ms")
            func percentile(_ p: Double) -> Double {  // nearest rank
                latencies.isEmpty ? 0 : latencies[max(0, Int((p * Double(latencies.count)).rounded(.up)) - 1)]
            }
            return Stats(
                total: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM queries") ?? 0,
                byStatus: try pairs("SELECT status, COUNT(*) FROM queries GROUP BY status ORDER BY 2 DESC"),
                byTranslator: try pairs("SELECT translator, COUNT(*) FROM queries GROUP BY translator ORDER BY 2 DESC"),
                translators: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT translator, SUM(status = 'answered'), SUM(status = 'refused'), SUM(status = 'failed'), SUM(llm_requests),
                               SUM(llm_repairs), SUM(prompt_tokens), SUM(completion_tokens)
                        FROM queries GROUP BY translator ORDER BY COUNT(*) DESC
                        """
                ).map { row in
                    TranslatorStats(
                        translator: row[0], answered: row[1], refused: row[2], failed: row[3], llmRequests: row[4],
                        repairs: row[5], promptTokens: row[6], completionTokens: row[7])
                },
                topRefused: try pairs("SELECT question, COUNT(*) FROM queries WHERE status = 'refused' GROUP BY lower(question) ORDER BY 2 DESC, max(id) DESC LIMIT 5"),
                topFailed: try pairs("SELECT question, COUNT(*) FROM queries WHERE status = 'failed' GROUP BY lower(question) ORDER BY 2 DESC, max(id) DESC LIMIT 5"),
                latency: [("p50", percentile(0.5)), ("p90", percentile(0.9)), ("p99", percentile(0.99)), ("max", latencies.last ?? 0)])
        }
    }

    static func entry(_ row: Row) -> QueryLogEntry {
        let tables = (try? JSONDecoder().decode([String].self, from: Data((row["tables"] as String? ?? "[]").utf8))) ?? []
        var entry = QueryLogEntry(
            id: row["id"], time: row["time"], interface: row["interface"], user: row["user"], question: row["question"],
            translator: row["translator"], sql: row["sql"], tables: tables, guard_allowed: row["guard_allowed"],
            guard_reason: row["guard_reason"], status: row["status"], row_count: row["row_count"], elapsed_ms: row["elapsed_ms"],
            error: row["error"], verified_query: row["verified_query"], feedback: row["feedback"], flag_note: row["flag_note"])
        entry.translation_ms = row["translation_ms"]
        entry.execution_ms = row["execution_ms"]
        entry.llm_attempts = (try? JSONDecoder().decode([LLMAttempt].self, from: Data((row["llm_attempts"] as String? ?? "[]").utf8))) ?? []
        return entry
    }
}
