import Foundation

extension SQLBuilder {
    /// "Top 5 products by revenue with the running cumulative share of total revenue", "list our accessories by revenue
    /// with the running % next to each": each customer or product by its own total, biggest first, with the share of the
    /// total of all of them reached at its row. The share's base is every row's total, before any top N is kept. Only a
    /// sum adds up down a list (distinct counts would count the same ones again).
    func cumulativeDownRanked(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        guard let ranking = intent.ranking, case .table(let table) = ranking.entity, let keys = joinKeys(table), let t = vocabulary.tables[table],
            metric.table == vocabulary.factTable, metric.expr.uppercased().hasPrefix("SUM(")
        else {
            throw Failure(reason: "a cumulative share down a list works for sums over customers or products")
        }
        var plain = intent
        plain.ranking = nil
        let tables = try tablesUsed(plain, metric)
        let running = "SUM(v) OVER (ORDER BY v DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)"
        let value = intent.asPercentOfBase ? "100.0 * \(running) / SUM(v) OVER () AS cumulative_pct" : "\(running) AS running_total"
        let identity = self.identity(table).map { "\($0.0) AS \($0.1)" }
        guard !identity.isEmpty else { throw Failure(reason: "no columns name a row of \(table)") }
        let dimKey = keys.dimColumn.split(separator: ".").last.map(String.init) ?? keys.dimColumn
        let top = ranking.count > 0 ? " WHERE r.rk <= \(ranking.count)" : ""
        let sql =
            "WITH s AS (SELECT \(keys.factColumn) AS entity, \(metric.expr) AS v FROM \(from(tables, forceFact: true).0)\(try whereClause(plain)) GROUP BY entity), "
            + "r AS (SELECT entity, v, RANK() OVER (ORDER BY v DESC) AS rk, \(value) FROM s) "
            + "SELECT \(identity.joined(separator: ", ")), r.v AS \(metric.name), r.\(intent.asPercentOfBase ? "cumulative_pct" : "running_total") "
            + "FROM r JOIN \(t.physical) d ON d.\(dimKey) = r.entity\(top) ORDER BY r.v DESC"
        let which = ranking.count > 0 ? "the top \(ranking.count) \(table) (ties included)" : "each of the \(table)"
        let text = (intent.asPercentOfBase ? "cumulative share in percent of " : "running total of ") + describe(plain, metric) + " down \(which), biggest first"
        return (sql, text)
    }
}
