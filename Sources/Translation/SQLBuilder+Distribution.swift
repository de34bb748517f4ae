import Foundation
import SemanticModel

/// Entities counted by their own value of a measure: the inner query gives each entity its value,
/// the outer one counts entities per value.
extension SQLBuilder {
    func distribution(_ intent: QueryIntent, _ d: QueryIntent.Distribution) throws -> (String, String) {
        guard intent.shape == .plain, intent.groupBy.isEmpty, intent.bucket == nil, intent.ranking == nil, intent.periods.isEmpty,
            intent.band == nil || intent.band?.column == d.metric, intent.listing == nil
        else {
            throw Failure(reason: "a distribution combined with a breakdown, ranking or comparison is not supported")
        }
        guard let metric = vocabulary.metric(named: d.metric), metric.table == vocabulary.factTable else { throw Failure(reason: "no measure per \(d.entity.rawValue)") }
        // "... and the revenue they generated": each group's total of a measure that adds up over its members (a sum of
        // the sales lines), from each member's own total.
        // ("the number of buyers" in each group is the distribution's own count.)
        let own: SemanticRole? = d.entity == .customer ? .buyers : d.entity == .order ? .orders : nil
        // "... and what is their average lifetime spend": a ratio to the entities' own count is each member's total,
        // averaged over the group's members.
        func perMember(_ m: Vocabulary.Metric) -> Vocabulary.Metric? { own.flatMap { vocabulary.perMemberSum(of: m, per: $0) } }
        let extras = try intent.extraMetrics.filter { vocabulary.metric(named: $0)?.role == nil || vocabulary.metric(named: $0)?.role != own }.map { name in
            guard let m = vocabulary.metric(named: name), m.table == vocabulary.factTable, intent.band == nil,
                (m.expr.uppercased().hasPrefix("SUM(") && !m.expr.contains("/")) || perMember(m) != nil
            else {
                throw Failure(
                    reason:
                        "\(name.replacingOccurrences(of: "_", with: " ")) beside a distribution (only totals that add up, such as revenue or units, or their average per \(d.entity.rawValue), can be shown beside it)"
                )
            }
            return m
        }
        let key = try entityKey(d.entity)
        var tables = try tablesUsed(intent, metric).union([vocabulary.factTable])
        for m in extras { tables.formUnion(m.tables) }
        let inner =
            "SELECT \(key) AS entity_key, \(metric.expr) AS v" + extras.map { ", \((perMember($0) ?? $0).expr) AS \($0.name)" }.joined() + " FROM \(from(tables, forceFact: true).0)\(try whereClause(intent)) GROUP BY entity_key"
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
        let sql =
            "SELECT v AS \(metric.name), COUNT(*) AS \(d.entity.rawValue)s" + extras.map { ", \(perMember($0) == nil ? "SUM" : "AVG")(\($0.name)) AS \($0.name)" }.joined()
            + " FROM (\(inner)) GROUP BY v ORDER BY v"
        let beside =
            extras.isEmpty
            ? ""
            : " and their " + extras.map { ($0.expr.contains("/") ? "average " : "total ") + $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
        return (sql, "number of \(d.entity.rawValue)s\(beside) for each value of their \(metric.name.replacingOccurrences(of: "_", with: " "))" + scope(intent))
    }
}
