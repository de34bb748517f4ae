import Foundation
import GRDB
import GRDBSQLite

/// Runs one query on the warehouse, read-only, with SQLite itself enforcing the policy.
///
/// The static SQL guard is the first wall; this is the second. The connection is opened read-only,
/// an authorizer refuses everything but reading the allowed tables and calling allowed functions
/// (read-only connections still accept ATTACH, VACUUM INTO and CREATE TEMP), a progress handler
/// stops queries past their time limit, SQLITE_LIMIT_LENGTH caps any single value, the result's
/// bytes and SQLite's heap are bounded, and rows are capped. The policy applies only while the
/// user's statement is prepared and stepped: GRDB needs its own housekeeping reads on the same
/// connection.
public final class ReadOnlyExecutor: @unchecked Sendable {
    public let path: String
    public let limits: QueryLimits
    /// Read-only connections, each with its own policy (its own deadline and denial), so that
    /// concurrent queries never share limits; one caller at a time per connection.
    private let connections: [(queue: DatabaseQueue, policy: RuntimePolicy)]
    private let pool: ConnectionPool
    /// The file's identity when it was opened: a rebuild renames a new file over the path.
    private let opened: FileIdentity?

    /// - Parameters:
    ///   - allowedTables: the tables queries may read (the marts), lower-case.
    ///   - allowedFunctions: the SQL functions queries may call, lower-case.
    ///   - connections: how many queries may run at once (the command line needs one; a server
    ///     a few, so that a slow query does not hold up the others).
    public init(
        path: String, allowedTables: Set<String>, allowedFunctions: Set<String>, limits: QueryLimits = QueryLimits(),
        connections: Int = 1
    ) throws {
        if let problem = limits.problem { throw QueryError.badLimits(problem) }
        self.path = path
        self.limits = limits
        guard FileManager.default.fileExists(atPath: path) else {
            throw QueryError.cannotOpen(path: path, reason: "no such file")
        }
        opened = FileIdentity(path: path)
        SQLiteRuntime.limitHeap(bytes: limits.maxHeapBytes)
        do {
            var schemaObjects: Set<String>?
            self.connections = try (0..<max(1, connections)).map { _ in
                let policy = RuntimePolicy(tables: allowedTables, functions: allowedFunctions)
                // 64 MB of page cache in all, shared out: the file is memory-mapped besides, so more
                // connections need no more cache, and a server's memory stays flat.
                let cacheKiB = 65_536 / max(1, connections)
                let queue = try DatabaseQueue(path: path, configuration: Self.configuration(policy: policy, limits: limits, cacheKiB: cacheKiB))
                if schemaObjects == nil {
                    schemaObjects = Set(
                        try queue.inDatabase { db in
                            try String.fetchAll(db, sql: "SELECT lower(name) FROM sqlite_master UNION SELECT lower(tbl_name) FROM sqlite_master")
                        })
                }
                policy.schemaObjects = schemaObjects ?? []
                return (queue, policy)
            }
        } catch {
            throw QueryError.cannotOpen(path: path, reason: "\(error)")
        }
        pool = ConnectionPool(size: self.connections.count)
    }

    private static func configuration(policy: RuntimePolicy, limits: QueryLimits, cacheKiB: Int) -> Configuration {
        var config = Configuration()
        config.readonly = true
        config.label = "warehouse-readonly"
        config.prepareDatabase { db in
            // Memory-map the file and keep a large page cache: star queries reread the same indexes.
            try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -\(cacheKiB)")
            // The JSON table functions register themselves on first use, which reads and checks
            // sqlite_master; done here, before the authorizer, no query ever needs schema access.
            _ = try Row.fetchAll(db, sql: "SELECT 1 FROM json_each('[]'), json_tree('[]')")
            let connection = db.sqliteConnection
            sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, limits.maxValueBytes)
            sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
            let context = Unmanaged.passUnretained(policy).toOpaque()
            sqlite3_set_authorizer(connection, authorizeCallback, context)
            sqlite3_progress_handler(connection, 1_000, progressCallback, context)
        }
        return config
    }

    /// Whether a rebuild has swapped a new warehouse in since this executor opened the file.
    public var isStale: Bool {
        guard let opened else { return false }
        return FileIdentity(path: path) != opened
    }

    /// Runs `sql` and returns at most `limits.maxRows` rows, blocking the calling thread.
    /// - Parameter allowSchemaReads: true when the guard saw json_each/json_tree; it allows only
    ///   the internal steps of their set-up, never a read of the schema by the query.
    public func run(_ sql: String, allowSchemaReads: Bool = false) throws -> QueryResult {
        let index = pool.acquireBlocking()
        defer { pool.release(index) }
        let (queue, policy) = connections[index]
        do {
            return try queue.inDatabase { db in try Self.execute(sql, allowSchemaReads: allowSchemaReads, limits: limits, policy: policy, db) }
        } catch let error as DatabaseError {
            throw Self.translate(error, policy: policy, limits: limits)
        }
    }

    /// Runs `sql` without holding a thread while it waits for a connection or for SQLite; a
    /// cancelled task (a client that went away) interrupts its query.
    public func run(_ sql: String, allowSchemaReads: Bool = false) async throws -> QueryResult {
        let index = await pool.acquire()
        defer { pool.release(index) }
        let (queue, policy) = connections[index]
        let limits = self.limits
        do {
            // No transaction around it (as `inDatabase`): a cancelled read transaction would be
            // left open, and a single SELECT is consistent on its own.
            return try await queue.unsafeRead { db in
                try Self.execute(sql, allowSchemaReads: allowSchemaReads, limits: limits, policy: policy, db)
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, policy: policy, limits: limits)
        }
    }

    private static func execute(
        _ sql: String, allowSchemaReads: Bool, limits: QueryLimits, policy: RuntimePolicy,
        _ db: Database
    ) throws -> QueryResult {
        let started = DispatchTime.now().uptimeNanoseconds
        policy.begin(deadline: started + UInt64(limits.timeoutSeconds * 1e9), allowJSONSetup: allowSchemaReads)
        defer { policy.end() }
        let statement = try db.makeStatement(sql: sql)
        guard sqlite3_stmt_readonly(statement.sqliteStatement) != 0 else { throw QueryError.denied("only reading queries may run") }
        let columns = statement.columnNames
        var rows: [[SQLValue]] = []
        var truncated = false
        var bytes = 0
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            if rows.count == limits.maxRows {
                truncated = true
                break
            }
            let values = (0..<columns.count).map { Self.value(row[$0] as DatabaseValue) }
            bytes += values.reduce(16) { $0 + $1.byteCount }
            if bytes > limits.maxResultBytes { throw QueryError.resultTooLarge(limit: limits.maxResultBytes, rows: rows.count) }
            rows.append(values)
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        return QueryResult(columns: columns, rows: rows, truncated: truncated, milliseconds: elapsed)
    }

    /// Prepares `sql` under the same policy without running it: SQLite's own verdict (unknown
    /// columns, nesting too deep, a function it lacks, a denied read), or nil when it would run.
    /// Blocks the calling thread while it waits for a connection: for the command line.
    public func compile(_ sql: String, allowSchemaReads: Bool = false) -> String? {
        let index = pool.acquireBlocking()
        defer { pool.release(index) }
        let (queue, policy) = connections[index]
        do {
            try queue.inDatabase { db in try Self.prepare(sql, allowSchemaReads: allowSchemaReads, limits: limits, policy: policy, db) }
            return nil
        } catch {
            return Self.describe(error, policy: policy, limits: limits)
        }
    }

    /// The same without holding a thread: a server's callers wait for a connection suspended.
    /// (A blocking wait there can take every thread of the concurrency pool while the queries
    /// holding the connections need one of them to finish.)
    public func compile(_ sql: String, allowSchemaReads: Bool = false) async -> String? {
        let index = await pool.acquire()
        defer { pool.release(index) }
        let (queue, policy) = connections[index]
        let limits = self.limits
        do {
            try await queue.unsafeRead { db in try Self.prepare(sql, allowSchemaReads: allowSchemaReads, limits: limits, policy: policy, db) }
            return nil
        } catch {
            return Self.describe(error, policy: policy, limits: limits)
        }
    }

    private static func prepare(_ sql: String, allowSchemaReads: Bool, limits: QueryLimits, policy: RuntimePolicy, _ db: Database) throws {
        policy.begin(deadline: DispatchTime.now().uptimeNanoseconds + UInt64(limits.timeoutSeconds * 1e9), allowJSONSetup: allowSchemaReads)
        defer { policy.end() }
        let statement = try db.makeStatement(sql: sql)
        guard sqlite3_stmt_readonly(statement.sqliteStatement) != 0 else { throw QueryError.denied("only reading queries may run") }
    }

    private static func describe(_ error: any Error, policy: RuntimePolicy, limits: QueryLimits) -> String {
        switch error {
        case let error as QueryError: return error.description
        case let error as DatabaseError: return translate(error, policy: policy, limits: limits).description
        default: return "\(error)"
        }
    }

    private static func translate(_ error: DatabaseError, policy: RuntimePolicy, limits: QueryLimits) -> QueryError {
        switch error.resultCode {
        case .SQLITE_INTERRUPT: return .timedOut(seconds: limits.timeoutSeconds)
        case .SQLITE_TOOBIG: return .valueTooLarge(limit: limits.maxValueBytes)
        case .SQLITE_NOMEM: return .outOfMemory(limit: limits.maxHeapBytes)
        case .SQLITE_AUTH: return .denied(policy.lastDenial ?? error.message ?? "not authorized")
        default:
            // The authorizer's refusal can surface as another error (a table function's constructor fails).
            if let denial = policy.lastDenial { return .denied(denial) }
            return .failed(error.message ?? "\(error)")
        }
    }

    static func value(_ value: DatabaseValue) -> SQLValue {
        switch value.storage {
        case .null: return .null
        case .int64(let v): return .integer(v)
        case .double(let v): return .real(v)
        case .string(let s): return .text(s)
        case .blob(let d): return .text("<\(d.count) bytes>")
        }
    }
}
