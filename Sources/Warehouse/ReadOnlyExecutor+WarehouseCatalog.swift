/// The executor answers schema look-ups through the connections and policy that run queries, so
/// a look-up can read no more than a query could.
extension ReadOnlyExecutor: WarehouseCatalog {
    public func columns(of table: String) throws -> [String] {
        try run("SELECT * FROM \(table) LIMIT 0").columns
    }

    public func distinctValues(of expression: String, in table: String, limit: Int) throws -> [String] {
        try run("SELECT DISTINCT \(expression) FROM \(table) WHERE \(expression) IS NOT NULL LIMIT \(limit)").rows.compactMap {
            if case .text(let s) = $0.first { return s }
            return nil
        }
    }

    public func range(of column: String, in table: String) throws -> (first: String, last: String)? {
        let row = try run("SELECT MIN(\(column)), MAX(\(column)) FROM \(table)").rows.first ?? []
        guard row.count == 2, case .text(let first) = row[0], case .text(let last) = row[1] else { return nil }
        return (first, last)
    }

    public func rowCount(of table: String) -> Int? {
        // The largest rowid sizes a table in microseconds; COUNT(*) took 130 ms at scale 100.
        if case .integer(let n) = try? run("SELECT MAX(rowid) FROM \(table)").rows.first?.first { return Int(n) }
        return nil
    }

    public func resultColumns(of sql: String) throws -> [String] {
        // LIMIT 0 on the outside: SQLite stops before reading a row.
        try run("SELECT * FROM (\(sql)) LIMIT 0").columns
    }

    public func compileError(of sql: String, allowSchemaReads: Bool) -> String? {
        compile(sql, allowSchemaReads: allowSchemaReads)
    }

    public func compileError(of sql: String, allowSchemaReads: Bool) async -> String? {
        await compile(sql, allowSchemaReads: allowSchemaReads)
    }
}
