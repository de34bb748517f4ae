import Foundation
import GRDBSQLite

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

func authorizeCallback(_ context: UnsafeMutableRawPointer?, _ action: Int32, _ a: UnsafePointer<CChar>?, _ b: UnsafePointer<CChar>?,
                       _ database: UnsafePointer<CChar>?, _ trigger: UnsafePointer<CChar>?) -> Int32 {
    guard let context else { return SQLITE_DENY }
    let policy = Unmanaged<RuntimePolicy>.fromOpaque(context).takeUnretainedValue()
    return policy.authorize(action: action, a.map { String(cString: $0) }, b.map { String(cString: $0) },
                            database: database.map { String(cString: $0) })
}

func progressCallback(_ context: UnsafeMutableRawPointer?) -> Int32 {
    guard let context else { return 1 }
    let policy = Unmanaged<RuntimePolicy>.fromOpaque(context).takeUnretainedValue()
    guard policy.enforcing else { return 0 }
    return DispatchTime.now().uptimeNanoseconds > policy.deadline ? 1 : 0
}
