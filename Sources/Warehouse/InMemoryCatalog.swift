/// A warehouse catalogue held in memory, for tests of translators and models without a database:
/// the tables' columns, the values of enum expressions, and the date range are given; every query
/// compiles unless its text contains one of `refusedFragments`.
public struct InMemoryCatalog: WarehouseCatalog {
    public var tables: [String: [String]]
    /// Distinct values by expression (the same for every table that has it).
    public var values: [String: [String]]
    /// The range of every date column.
    public var dates: (first: String, last: String)?
    public var rows: [String: Int]
    /// Text that makes a query fail to compile, with the reason given.
    public var refusedFragments: [String: String]

    public init(
        tables: [String: [String]], values: [String: [String]] = [:], dates: (first: String, last: String)? = nil,
        rows: [String: Int] = [:], refusedFragments: [String: String] = [:]
    ) {
        self.tables = tables
        self.values = values
        self.dates = dates
        self.rows = rows
        self.refusedFragments = refusedFragments
    }

    public func columns(of table: String) throws -> [String] {
        guard let columns = tables[table] else { throw QueryError.failed("no such table: \(table)") }
        return columns
    }

    public func distinctValues(of expression: String, in table: String, limit: Int) throws -> [String] {
        Array((values[expression] ?? []).prefix(limit))
    }

    public func range(of column: String, in table: String) throws -> (first: String, last: String)? { dates }

    public func rowCount(of table: String) -> Int? { rows[table] }

    /// Without a database the columns of a query are unknown: callers treat that as "cannot tell".
    public func resultColumns(of sql: String) throws -> [String] {
        throw QueryError.failed("an in-memory catalogue cannot prepare queries")
    }

    public func compileError(of sql: String, allowSchemaReads: Bool) -> String? {
        refusedFragments.first { sql.contains($0.key) }?.value
    }

    public func compileError(of sql: String, allowSchemaReads: Bool) async -> String? {
        refusedFragments.first { sql.contains($0.key) }?.value
    }
}
