import Foundation
import SemanticModel

/// Rows of a table that pass the question's filters: the table's own conditions directly, the
/// conditions on sales (and other tables) through the fact table's key, so no row is repeated.
extension SQLBuilder {
    func listRows(_ intent: QueryIntent, _ listing: QueryIntent.Listing) throws -> (String, String) {
        guard intent.shape == .plain, intent.ranking == nil, intent.bucket == nil, intent.groupBy.isEmpty, intent.periods.isEmpty,
            intent.extraMetrics.isEmpty, intent.band == nil, intent.perEntity == nil, intent.sortDescending == nil
        else {
            throw Failure(reason: "a list combined with a breakdown, ranking or sort by a measure is not supported")
        }
        let table = try listing.table ?? dimension(listing.dimension!).table
        guard let t = vocabulary.tables[table] else { throw Failure(reason: "unknown table \(table)") }
        let parts = try whereParts(intent)
        var own = parts.filter { $0.table == table }.map(\.sql)
        let other = parts.filter { $0.table != table }
        if !other.isEmpty || listing.bought {
            guard let keys = joinKeys(table) else { throw Failure(reason: "\(table) cannot be matched to sales") }
            var tables: Set<String> = [vocabulary.factTable]
            for p in other { tables.insert(p.table) }
            let whereSQL = other.isEmpty ? "" : " WHERE " + other.map(\.sql).joined(separator: " AND ")
            own.append("\(keys.dimColumn) IN (SELECT \(keys.factColumn) FROM \(from(tables, forceFact: true).0)\(whereSQL))")
        }
        let whereSQL = own.isEmpty ? "" : " WHERE " + own.joined(separator: " AND ")
        // "the mountain bikes that cost us under 500": the number a row is kept by is shown beside it.
        let filtered = intent.numericFilters.compactMap { f in vocabulary.dimension(named: f.column).flatMap { $0.table == table && !listing.columns.contains($0.name) ? $0 : nil } }
        let extra = try listing.columns.map { try dimension($0) } + filtered.filter { d in listing.dimension == nil && !filtered.prefix(while: { $0.name != d.name }).contains { $0.name == d.name } }
        if let name = listing.dimension {
            let d = try dimension(name)
            let sql = "SELECT DISTINCT \(d.expr) AS \(d.name) FROM \(t.physical) \(t.alias)\(whereSQL) ORDER BY \(d.name)"
            return (sql, "the \(name.replacingOccurrences(of: "_", with: " ")) values" + scope(intent))
        }
        let identity = vocabulary.identityDimensions(of: table)
        let columns = (identity + extra.filter { e in !identity.contains { $0.name == e.name } }).map { "\($0.expr) AS \($0.name)" }
        var sql = "SELECT \(columns.joined(separator: ", ")) FROM \(t.physical) \(t.alias)\(whereSQL)"
        if !listing.sortColumns.isEmpty {
            // Unknown values last, whichever the direction.
            let direction = listing.sortDescending ? " DESC" : ""
            sql +=
                " ORDER BY "
                + (try listing.sortColumns.map {
                    let e = try dimension($0).expr; return "\(e) IS NULL, \(e)\(direction)"
                }).joined(separator: ", ")
            // Rows level on the sort go by name, A to Z.
            if listing.alphabetical, let name = vocabulary.nameDimension(of: table), !listing.sortColumns.contains(name.name) { sql += ", \(name.name)" }
        } else if listing.alphabetical, let name = vocabulary.nameDimension(of: table) {
            sql += " ORDER BY \(name.name)"
        }
        let shown = extra.isEmpty ? "" : " with " + extra.map { $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: ", ")
        return (
            sql,
            "the \(table)" + shown + (listing.bought ? (table == vocabulary.customersTable ? " who bought" : " that sold") : "") + scope(intent) + (listing.alphabetical && listing.sortColumns.isEmpty ? ", alphabetically" : "")
                + (listing.sortColumns.isEmpty
                    ? ""
                    : ", sorted by " + listing.sortColumns.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " then ")
                        + (listing.sortDescending ? (vocabulary.dimension(named: listing.sortColumns[0])?.isTime == true ? ", latest first" : ", largest first") : "")
                        + (listing.alphabetical ? ", then by name" : ""))
        )
    }
}
