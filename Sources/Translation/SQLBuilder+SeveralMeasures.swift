import Foundation

/// Several measures side by side. Each is computed on its own, at its own grain (customers counted
/// in their table, revenue summed over sales), with the same slices and filters, and the results
/// are joined on the slices: a count of customers is never inflated by a join to their sales.
extension SQLBuilder {
    func severalMeasures(_ intent: QueryIntent) throws -> (String, String) {
        // "how many customers did we acquire each year and what's their average lifetime value": the new customers' own.
        if case .newCustomers = intent.shape { return try newCustomers(intent) }
        // "total product count and how many have never sold": the catalogue's count beside those never sold.
        if case .without(let table) = intent.shape { return try without(intent, table) }
        // "which subcategories did more than 100,000 in revenue in 2013? show revenue and units": the threshold is on the
        // first measure (the parser puts the one compared first); the others are shown beside the groups that pass.
        var threshold: QueryIntent.Shape?
        if case .threshold(_, _, false, _) = intent.shape, !intent.thresholdVersusAverage, intent.thresholdOnShareOf.isEmpty {
            threshold = intent.shape
        }
        guard intent.shape == .plain || threshold != nil else { throw Failure(reason: "several measures at once with a share, growth, threshold or customer analysis is not supported") }
        if let ranking = intent.ranking { return try rankedWithMeasures(intent, ranking) }
        if intent.rankWithin != nil { throw Failure(reason: "a rank within groups over several measures at once is not supported (ask for one measure)") }
        let names = [intent.metric] + intent.extraMetrics
        var keys = intent.groupBy.map { try? dimension($0).name }.compactMap { $0 }
        if !intent.periods.isEmpty { keys.append(periodsColumn(intent.periods).1) }
        if let b = intent.bucket { keys.append(try bucketExpr(b, intent).label) }
        if let band = intent.band { keys.append(try bandExpr(band).1) }
        var parts: [(sql: String, label: String, text: String)] = []
        for name in names {
            guard let metric = vocabulary.metric(named: name) else { throw Failure(reason: "unknown measure \(name)") }
            var single = intent
            single.metric = name
            single.extraMetrics = []
            if threshold != nil, name != intent.metric { single.shape = .plain }
            // The joined result is sorted once, by the first measure; each part's own order would be lost anyway.
            single.sortDescending = nil
            let (sql, text) = try grouped(single, metric)
            parts.append((sql, metric.name, text))
        }
        let aliases = parts.indices.map { "m\($0)" }
        var sql = "SELECT " + (keys.map { "m0.\($0)" } + parts.indices.map { "\(aliases[$0]).\(parts[$0].label)" }).joined(separator: ", ")
        sql += " FROM (\(parts[0].sql)) m0"
        for i in parts.indices.dropFirst() {
            if keys.isEmpty {
                sql += " CROSS JOIN (\(parts[i].sql)) \(aliases[i])"
            } else {
                // IS, not =: the unknown group (NULL) of one measure meets the same group of the other.
                sql += " LEFT JOIN (\(parts[i].sql)) \(aliases[i]) ON " + keys.map { "\(aliases[i]).\($0) IS m0.\($0)" }.joined(separator: " AND ")
            }
        }
        // A sort is by the first measure: the parser puts the one named after "by" first, or refuses.
        if let descending = intent.sortDescending {
            sql += " ORDER BY m0.\(parts[0].label)\(descending ? " DESC" : "")"
        } else if let b = intent.bucket, isTimeBucket(b) {
            sql += " ORDER BY m0.\(try bucketExpr(b, intent).label)"
        }
        let measures = names.map { $0.replacingOccurrences(of: "_", with: " ") }
        let first = parts[0].text
        let rest = first.hasPrefix(measures[0]) ? String(first.dropFirst(measures[0].count)) : ", " + first
        let order = intent.sortDescending.map { ", sorted by \(measures[0]), \($0 ? "largest" : "smallest") first" } ?? ""
        return (sql, measures.dropLast().joined(separator: ", ") + " and " + measures.last! + rest + order)
    }

    /// "top 3 countries by revenue in 2013, with the number of orders for each": ranked by the measure named after "by"
    /// (the parser puts it first), the others beside it, each computed on its own by the same slice and filters. Slices of
    /// a dimension ("countries", "subcategories") and rows of a table with a key column ("rank our helmets") are ranked so.
    func rankedWithMeasures(_ intent: QueryIntent, _ ranking: QueryIntent.Ranking) throws -> (String, String) {
        // A dimension's values are joined on the value; a table's rows ("rank our helmets") on the column that is their key.
        let rankedName: String? = {
            switch ranking.entity {
            case .dimension(let name): return name
            case .table(let table):
                guard let key = joinKeys(table)?.dimColumn.split(separator: ".").last.map(String.init) else { return nil }
                return vocabulary.identityDimensions(of: table).first { $0.unique && $0.expr.hasSuffix(".\(key)") }?.name
            case .bucket: return nil
            }
        }()
        // "top 5 days of 2013 by revenue, with the number of orders that day": periods of a grain ranked, joined on the period.
        var rankedBucket: QueryIntent.Bucket?
        if case .bucket(let b) = ranking.entity, intent.bucket == nil || intent.bucket == b { rankedBucket = b }
        guard rankedName != nil || rankedBucket != nil, ranking.perDimension == nil, ranking.withinBucket == nil, intent.bucket == nil || rankedBucket != nil,
            intent.periods.isEmpty, intent.band == nil, intent.groupBy.isEmpty || (rankedName != nil && intent.groupBy == [rankedName!]),
            let metric = vocabulary.metric(named: intent.metric)
        else { throw Failure(reason: "a ranking over several measures at once is not supported (rank by one measure)") }
        let key = try rankedName.map { try dimension($0).name } ?? bucketExpr(rankedBucket!, intent).label
        var first = intent
        first.extraMetrics = []
        let (rankedSQL, text) = try ranked(first, metric, ranking)
        // (A threshold is on the ranked measure only: the others are each row's own totals.)
        var sql = "SELECT r.*"
        var joins = ""
        for (k, extra) in intent.extraMetrics.enumerated() {
            guard let m = vocabulary.metric(named: extra) else { throw Failure(reason: "unknown measure \(extra)") }
            var single = intent
            single.metric = extra
            single.extraMetrics = []
            single.ranking = nil
            single.sortDescending = nil
            single.shape = .plain
            if let name = rankedName { single.groupBy = [name] } else { single.bucket = rankedBucket }
            let (groupedSQL, _) = try grouped(single, m)
            sql += ", m\(k).\(m.name)"
            joins += " LEFT JOIN (\(groupedSQL)) m\(k) ON m\(k).\(key) IS r.\(key)"
        }
        var byName = ""
        if intent.tieBreakColumn != nil { throw Failure(reason: "a second sort column beside several measures is not supported") }
        if intent.tieBreakByName {
            if case .table(let t) = ranking.entity, let n = vocabulary.nameDimension(of: t) { byName = ", r.\(n.name)" } else { byName = ", r.\(key)" }
        }
        sql += " FROM (\(rankedSQL)) r\(joins) ORDER BY r.\(metric.name)\(ranking.highest ? " DESC" : "")\(byName)"
        let others = intent.extraMetrics.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
        return (sql, text + ", with \(others) beside")
    }
}
