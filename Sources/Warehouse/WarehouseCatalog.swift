/// What the translators and the semantic model's checks may ask of the warehouse without running
/// a user's query: the one interface for schema look-ups, so every look-up goes through the same
/// read-only, policy-bound connections. `ReadOnlyExecutor` is the real one; `InMemoryCatalog`
/// stands in for tests.
public protocol WarehouseCatalog: Sendable {
    /// The columns of a table, in order.
    func columns(of table: String) throws -> [String]
    /// The distinct non-null text values of an expression over a table (an enum column's values),
    /// at most `limit`.
    func distinctValues(of expression: String, in table: String, limit: Int) throws -> [String]
    /// The earliest and latest values of a column, or nil when it has none.
    func range(of column: String, in table: String) throws -> (first: String, last: String)?
    /// A table's rows, roughly, or nil when unknown: enough to weigh one plan against another.
    func rowCount(of table: String) -> Int?
    /// The columns a query would return, without running it.
    func resultColumns(of sql: String) throws -> [String]
    /// Why the warehouse would refuse `sql` (an unknown column, a denied function), or nil when it
    /// would run; the statement is prepared, never run. Blocks while it waits for a connection.
    func compileError(of sql: String, allowSchemaReads: Bool) -> String?
    /// The same, waiting for a connection suspended (for servers).
    func compileError(of sql: String, allowSchemaReads: Bool) async -> String?
}
