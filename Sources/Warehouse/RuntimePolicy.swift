import Foundation
import GRDBSQLite

/// The state the C callbacks read. Only touched on the connection's thread while a statement is
/// prepared or runs.
final class RuntimePolicy: @unchecked Sendable {
    let tables: Set<String>
    let functions: Set<String>
    /// Every name in the warehouse's schema (tables, views, indexes), lower-case. SQLite reports a
    /// read that touches no column (`COUNT(*)`) without a database name, for a real table and for
    /// a CTE alike, so a read is judged by the name: a real table's name is never taken for a CTE.
    var schemaObjects: Set<String> = []
    var enforcing = false
    /// True when the guard saw json_each/json_tree. Even then only the exact internal steps their
    /// set-up takes are allowed (see `authorize`), never a read of the schema by the query.
    var allowJSONSetup = false
    /// Where the json_each/json_tree set-up is: the columns of sqlite_master it checked so far.
    var jsonSetupColumns: Set<String> = []
    var deadline: UInt64 = 0
    var lastDenial: String?

    /// The columns SQLite 3.40 checks, in one go, when json_each or json_tree first registers its
    /// virtual table on a connection; a single read of sqlite_master's ROWID follows.
    static let jsonSetupSequence: Set<String> = ["type", "name", "tbl_name", "rootpage", "sql"]

    init(tables: Set<String>, functions: Set<String>) {
        self.tables = tables
        self.functions = functions
    }

    func begin(deadline: UInt64, allowJSONSetup: Bool) {
        self.deadline = deadline
        self.allowJSONSetup = allowJSONSetup
        jsonSetupColumns = []
        lastDenial = nil
        enforcing = true
    }

    func end() { enforcing = false }

    static func isSchemaTable(_ name: String) -> Bool {
        name.hasPrefix("sqlite_")
    }

    func authorize(action: Int32, _ a: String?, _ b: String?, database: String?) -> Int32 {
        guard enforcing else { return SQLITE_OK }
        switch action {
        case SQLITE_SELECT, SQLITE_RECURSIVE:
            return SQLITE_OK
        case SQLITE_READ:
            let table = (a ?? "").lowercased()
            let column = (b ?? "").lowercased()
            let database = database ?? ""
            if table == "sqlite_master", column == "rowid", jsonSetupColumns == Self.jsonSetupSequence {
                jsonSetupColumns = []
                return SQLITE_OK
            }
            if database.isEmpty || database == "main" {
                if tables.contains(table) { return SQLITE_OK }
                // The columns of the JSON table functions themselves.
                if table == "json_each" || table == "json_tree" { return SQLITE_OK }
                // A CTE or subquery: its own reads of real tables are reported separately.
                if database.isEmpty && !schemaObjects.contains(table) && !Self.isSchemaTable(table) { return SQLITE_OK }
            }
            lastDenial = "reading \(database.isEmpty ? "" : database + ".")\(table) is not allowed (only \(tables.sorted().joined(separator: ", ")))"
            return SQLITE_DENY
        case SQLITE_FUNCTION:
            let name = (b ?? "").lowercased()
            if functions.contains(name) { return SQLITE_OK }
            lastDenial = "the function \(name)() is not allowed"
            return SQLITE_DENY
        case SQLITE_UPDATE
        where allowJSONSetup && (a == "sqlite_master" || a == "sqlite_schema")
            && Self.jsonSetupSequence.contains((b ?? "").lowercased()):
            // json_each/json_tree registering their virtual table; the connection is read-only,
            // so nothing is written.
            jsonSetupColumns.insert((b ?? "").lowercased())
            return SQLITE_OK
        default:
            lastDenial = "the statement does something other than reading (SQLite action \(action) on \(a ?? "-")/\(b ?? "-"))"
            return SQLITE_DENY
        }
    }
}

func authorizeCallback(
    _ context: UnsafeMutableRawPointer?, _ action: Int32, _ a: UnsafePointer<CChar>?, _ b: UnsafePointer<CChar>?,
    _ database: UnsafePointer<CChar>?, _ trigger: UnsafePointer<CChar>?
) -> Int32 {
    guard let context else { return SQLITE_DENY }
    let policy = Unmanaged<RuntimePolicy>.fromOpaque(context).takeUnretainedValue()
    return policy.authorize(
        action: action, a.map { String(cString: $0) }, b.map { String(cString: $0) },
        database: database.map { String(cString: $0) })
}

func progressCallback(_ context: UnsafeMutableRawPointer?) -> Int32 {
    guard let context else { return 1 }
    let policy = Unmanaged<RuntimePolicy>.fromOpaque(context).takeUnretainedValue()
    guard policy.enforcing else { return 0 }
    return DispatchTime.now().uptimeNanoseconds > policy.deadline ? 1 : 0
}
