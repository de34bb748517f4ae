import Foundation
import GRDB
import GRDBSQLite

/// Runs one query on the warehouse, read-only, with SQLite itself enforcing the policy.
///
/// The static SQL guard is the first wall; this is the second. The connection is opened read-only,
/// an authorizer refuses everything but reading the allowed tables and calling allowed functions
/// (read-only connections still accept ATTACH, VACUUM INTO and CREATE TEMP), a progress handler
/// stops queries past their time limit, SQLITE_LIMIT_LENGTH caps any single value, and rows are
/// capped. The policy applies only while the user's statement is prepared and stepped: GRDB needs
/// its own housekeeping reads on the same connection.
public final class ReadOnlyExecutor: @unchecked Sendable {
    public let path: String
    public let limits: QueryLimits
    private let queue: DatabaseQueue
    private let policy: RuntimePolicy

    /// - Parameters:
    ///   - allowedTables: the tables queries may read (the marts), lower-case.
    ///   - allowedFunctions: the SQL functions queries may call, lower-case.
    public init(path: String, allowedTables: Set<String>, allowedFunctions: Set<String>, limits: QueryLimits = QueryLimits()) throws {
        self.path = path
        self.limits = limits
        let policy = RuntimePolicy(tables: allowedTables, functions: allowedFunctions)
        self.policy = policy
        guard FileManager.default.fileExists(atPath: path) else {
            throw QueryError.cannotOpen(path: path, reason: "no such file")
        }
        var config = Configuration()
        config.readonly = true
        config.label = "warehouse-readonly"
        config.prepareDatabase { db in
            // Memory-map the file and keep a large page cache: star queries reread the same indexes.
            try db.execute(sql: "PRAGMA mmap_size = 268435456; PRAGMA cache_size = -65536")
            let connection = db.sqliteConnection
            sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, limits.maxValueBytes)
            sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0)
            let context = Unmanaged.passUnretained(policy).toOpaque()
            sqlite3_set_authorizer(connection, authorize, context)
            sqlite3_progress_handler(connection, 1_000, progress, context)
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.inDatabase { db in _ = try Int.fetchOne(db, sql: "SELECT 1") }
        } catch {
            throw QueryError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Runs `sql` and returns at most `limits.maxRows` rows.
    /// - Parameter allowSchemaReads: SQLite 3.40 reads sqlite_master for json_each/json_tree;
    ///   the guard passes true only when the statement uses them.
    public func run(_ sql: String, allowSchemaReads: Bool = false) throws -> QueryResult {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            return try queue.inDatabase { db in
                policy.begin(deadline: started + UInt64(limits.timeoutSeconds * 1e9), allowSchemaReads: allowSchemaReads)
                defer { policy.end() }
                let statement = try db.makeStatement(sql: sql)
                guard sqlite3_stmt_readonly(statement.sqliteStatement) != 0 else { throw QueryError.denied("only reading queries may run") }
                let columns = statement.columnNames
                var rows: [[SQLValue]] = []
                var truncated = false
                let cursor = try Row.fetchCursor(statement)
                while let row = try cursor.next() {
                    if rows.count == limits.maxRows {
                        truncated = true
                        break
                    }
                    rows.append((0..<columns.count).map { Self.value(row[$0] as DatabaseValue) })
                }
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                return QueryResult(columns: columns, rows: rows, truncated: truncated, milliseconds: elapsed)
            }
        } catch let error as QueryError {
            throw error
        } catch let error as DatabaseError {
            throw translate(error)
        }
    }

    private func translate(_ error: DatabaseError) -> QueryError {
        switch error.resultCode {
        case .SQLITE_INTERRUPT: return .timedOut(seconds: limits.timeoutSeconds)
        case .SQLITE_TOOBIG: return .valueTooLarge(limit: limits.maxValueBytes)
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

/// The state the C callbacks read. Only touched on the queue's thread while a statement runs.
final class RuntimePolicy: @unchecked Sendable {
    let tables: Set<String>
    let functions: Set<String>
    var enforcing = false
    var allowSchemaReads = false
    var deadline: UInt64 = 0
    var lastDenial: String?

    init(tables: Set<String>, functions: Set<String>) {
        self.tables = tables
        self.functions = functions
    }

    func begin(deadline: UInt64, allowSchemaReads: Bool) {
        self.deadline = deadline
        self.allowSchemaReads = allowSchemaReads
        lastDenial = nil
        enforcing = true
    }

    func end() { enforcing = false }

    func authorize(action: Int32, _ a: String?, _ b: String?, database: String?) -> Int32 {
        guard enforcing else { return SQLITE_OK }
        switch action {
        case SQLITE_SELECT, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_READ:
            let table = (a ?? "").lowercased()
            // CTEs and subqueries are reported without a database name; their own reads of real
            // tables are reported separately, with one.
            guard let database, !database.isEmpty else { return SQLITE_OK }
            if database == "main" && tables.contains(table) { return SQLITE_OK }
            if allowSchemaReads && database == "main" && ["sqlite_master", "sqlite_schema", "json_each", "json_tree"].contains(table) { return SQLITE_OK }
            lastDenial = "reading \(database).\(table) is not allowed (only \(tables.sorted().joined(separator: ", ")))"
            return SQLITE_DENY
        case SQLITE_FUNCTION:
            let name = (b ?? "").lowercased()
            if functions.contains(name) { return SQLITE_OK }
            lastDenial = "the function \(name)() is not allowed"
            return SQLITE_DENY
        case SQLITE_UPDATE where allowSchemaReads && (a == "sqlite_master" || a == "sqlite_schema"):
            // SQLite 3.40 checks this when json_each/json_tree set up their virtual table; the
            // connection is read-only, so nothing can actually be written.
            return SQLITE_OK
        default:
            lastDenial = "the statement does something other than reading (SQLite action \(action) on \(a ?? "-")/\(b ?? "-"))"
            return SQLITE_DENY
        }
    }
}

private func authorize(_ context: UnsafeMutableRawPointer?, _ action: Int32, _ a: UnsafePointer<CChar>?, _ b: UnsafePointer<CChar>?,
                       _ database: UnsafePointer<CChar>?, _ trigger: UnsafePointer<CChar>?) -> Int32 {
    guard let context else { return SQLITE_DENY }
    let policy = Unmanaged<RuntimePolicy>.fromOpaque(context).takeUnretainedValue()
    return policy.authorize(action: action, a.map { String(cString: $0) }, b.map { String(cString: $0) },
                            database: database.map { String(cString: $0) })
}

private func progress(_ context: UnsafeMutableRawPointer?) -> Int32 {
    guard let context else { return 1 }
    let policy = Unmanaged<RuntimePolicy>.fromOpaque(context).takeUnretainedValue()
    guard policy.enforcing else { return 0 }
    return DispatchTime.now().uptimeNanoseconds > policy.deadline ? 1 : 0
}
