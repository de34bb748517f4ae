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
            let sql = "SELECT \(bandCase("v", band)) AS \(metric.name)_band, COUNT(*) AS \(d.entity.rawValue)s FROM (\(inner)) GROUP BY 1"
            return (sql, "number of \(d.entity.rawValue)s in each band of their \(metric.name.replacingOccurrences(of: "_", with: " ")) (\(band.labels.joined(separator: ", ")))" + scope(intent))
        }
        let sql = "SELECT v AS \(metric.name), COUNT(*) AS \(d.entity.rawValue)s FROM (\(inner)) GROUP BY v ORDER BY v"
        return (sql, "number of \(d.entity.rawValue)s for each value of their \(metric.name.replacingOccurrences(of: "_", with: " "))" + scope(intent))
    }
}
