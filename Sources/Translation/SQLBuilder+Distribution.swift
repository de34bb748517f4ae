import Foundation

/// Entities counted by their own value of a measure: the inner query gives each entity its value,
/// the outer one counts entities per value.
extension SQLBuilder {
    func distribution(_ intent: QueryIntent, _ d: QueryIntent.Distribution) throws -> (String, String) {
        guard intent.shape == .plain, intent.groupBy.isEmpty, intent.bucket == nil, intent.ranking == nil, intent.periods.isEmpty,
            intent.extraMetrics.isEmpty, intent.band == nil || intent.band?.column == d.metric, intent.listing == nil
        else {
            throw Failure(reason: "a distribution combined with a breakdown, ranking or comparison is not supported")
        }
        guard let metric = vocabulary.metric(named: d.metric), metric.table == vocabulary.factTable else { throw Failure(reason: "no measure per \(d.entity.rawValue)") }
        let key = try entityKey(d.entity)
        let tables = try tablesUsed(intent, metric).union([vocabulary.factTable])
        let inner = "SELECT \(key) AS entity_key, \(metric.expr) AS v FROM \(from(tables, forceFact: true).0)\(try whereClause(intent)) GROUP BY entity_key"
        if let band = intent.band {
            // Each entity's own total, placed in the question's bands.
            // A band's total of the measure is the sum of its members' own totals (only for a measure that adds up).
            let additive = ["SUM(", "COUNT(*)"].contains { metric.expr.uppercased().hasPrefix($0) } && !metric.expr.contains("/")
            if d.showsTotal && !additive { throw Failure(reason: "the total of \(metric.name.replacingOccurrences(of: "_", with: " ")) in each band (it does not add up across \(d.entity.rawValue)s)") }
            let total = d.showsTotal ? ", SUM(v) AS \(metric.name)" : ""
            let sql = "SELECT \(bandCase("v", band)) AS \(metric.name)_band, COUNT(*) AS \(d.entity.rawValue)s\(total) FROM (\(inner)) GROUP BY 1"
            let named = metric.name.replacingOccurrences(of: "_", with: " ")
            return (
                sql,
                "number of \(d.entity.rawValue)s\(d.showsTotal ? " and their total \(named)" : "") in each band of their \(named) (\(band.labels.joined(separator: ", ")))" + scope(intent)
            )
        }
        let sql = "SELECT v AS \(metric.name), COUNT(*) AS \(d.entity.rawValue)s FROM (\(inner)) GROUP BY v ORDER BY v"
        return (sql, "number of \(d.entity.rawValue)s for each value of their \(metric.name.replacingOccurrences(of: "_", with: " "))" + scope(intent))
    }
}
