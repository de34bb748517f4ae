import Foundation

/// "By how much did Q4 2013 revenue grow compared with Q4 2012, in percent?": the change in percent
/// from the earlier of two named periods to the later, with both values beside it, per slice.
extension SQLBuilder {
    func growthBetweenPeriods(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        let periods = intent.periods.sorted { ($0.from ?? "") < ($1.from ?? "") }
        guard periods.count == 2, intent.bucket == nil, intent.band == nil, intent.ranking == nil, intent.extraMetrics.isEmpty else {
            throw Failure(reason: "growth between two periods works for one measure, with slices at most")
        }
        var check = intent
        check.periods = []
        check.shape = .plain
        check.multiple = false
        try checkHonoured(check)
        let (earlier, later) = (periods[0], periods[1])
        let before = try conditional(metric.expr, periodCondition(earlier))
        let after = try conditional(metric.expr, periodCondition(later))
        func column(_ p: QueryIntent.Period) -> String {
            "\(metric.name)_" + QuestionText.normalize(p.label).replacingOccurrences(of: " ", with: "_")
        }
        let groups = try intent.groupBy.map { try dimension($0) }
        let tables = try tablesUsed(intent, metric)
        let (fromClause, _) = from(tables)
        let whereSQL = try whereClause(intent)
        let selects =
            groups.map { "\($0.expr) AS \($0.name)" } + [
                "\(before) AS \(column(earlier))", "\(after) AS \(column(later))",
                "\(after) - \(before) AS change", "100.0 * (\(after) - \(before)) / \(before) AS growth_pct",
            ] + (intent.multiple ? ["\(after) * 1.0 / \(before) AS multiple"] : [])
        var sql = "SELECT \(selects.joined(separator: ", ")) FROM \(fromClause)\(whereSQL)"
        if !groups.isEmpty { sql += " GROUP BY " + groups.map(\.name).joined(separator: ", ") }
        // "..., highest growth first": the slices sorted by the change, the number this shape is about.
        var unsorted = check
        unsorted.sortDescending = nil
        var order = ""
        if let descending = intent.sortDescending, !groups.isEmpty {
            let change = intent.absoluteChange ? "change" : "growth_pct"
            sql += " ORDER BY \(change)\(descending ? " DESC" : "")"
            order = descending ? ", highest \(intent.absoluteChange ? "change" : "growth") first" : ", lowest \(intent.absoluteChange ? "change" : "growth") first"
        }
        let measured = intent.absoluteChange ? "change" : "growth in percent"
        let other = intent.absoluteChange ? "percent" : "amount"
        let multiple = intent.multiple ? ", and \(later.label) as a multiple of \(earlier.label)" : ""
        return (sql, "\(measured) of " + describe(unsorted, metric) + " from \(earlier.label) to \(later.label), with both values and the change in \(other)" + multiple + order)
    }
}
