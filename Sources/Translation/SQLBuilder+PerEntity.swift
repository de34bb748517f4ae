import Foundation

/// A measure per customer, product or order, averaged over them: the inner query groups by the
/// slices and the entity's key, the outer one averages per slice. Sums, counts and distinct counts
/// all work, including those that do not add up across entities (distinct products per customer).
extension SQLBuilder {
    func entityKey(_ entity: QueryIntent.PerEntity) throws -> String {
        switch entity {
        case .customer: return try customerKey()
        case .product:
            guard let keys = joinKeys(vocabulary.productsTable) else { throw Failure(reason: "the model has no product relationship") }
            return keys.factColumn
        case .order:
            // The order is whatever the order-count measure counts distinctly.
            guard let orders = vocabulary.orderCount, let column = vocabulary.distinctColumn(of: orders) else {
                throw Failure(reason: "the model does not say what an order is")
            }
            return column
        }
    }

    func perEntityAverage(_ intent: QueryIntent, _ metric: Vocabulary.Metric, _ entity: QueryIntent.PerEntity) throws -> (String, String) {
        // "which country has the highest average revenue per buyer": the groups' averages ranked, ties kept. Only a ranking
        // of a dimension's values or of periods, as a whole.
        var ranked: QueryIntent.Ranking?
        if let r = intent.ranking, r.count > 0, r.perDimension == nil, r.withinBucket == nil, !intent.median {
            switch r.entity {
            case .dimension, .bucket: ranked = r
            case .table: break
            }
        }
        guard intent.shape == .plain, intent.ranking == nil || ranked != nil, intent.periods.isEmpty, intent.extraMetrics.isEmpty else {
            throw Failure(reason: "an average per \(entity.rawValue) combined with a share, ranking, comparison or second measure is not supported")
        }
        // "average lifetime value per customer" when the measure is already revenue per customer: the same number.
        if let slash = metric.expr.range(of: "/", options: .backwards),
            metric.expr[slash.upperBound...].replacingOccurrences(of: " ", with: "").uppercased() == "COUNT(DISTINCT\(try entityKey(entity)))".uppercased()
        {
            var plain = intent
            plain.perEntity = nil
            return try buildShape(plain)
        }
        // An average of per-entity ratios ("average order value per customer") is not what people mean by either: refuse.
        let upper = metric.expr.uppercased()
        guard (upper.hasPrefix("SUM(") || upper.hasPrefix("COUNT(")) && !metric.expr.contains("/") else {
            throw Failure(reason: "\(metric.name.replacingOccurrences(of: "_", with: " ")) is already a ratio; an average of it per \(entity.rawValue) is ambiguous")
        }
        guard metric.tables.contains(vocabulary.factTable) && metric.table == vocabulary.factTable else {
            throw Failure(reason: "\(metric.name.replacingOccurrences(of: "_", with: " ")) is not measured over sales, so it has no average per \(entity.rawValue)")
        }
        let key = try entityKey(entity)
        var selects: [(String, String)] = []
        var groups = intent.groupBy
        var bucket = intent.bucket
        if case .dimension(let d)? = ranked?.entity, !groups.contains(d) { groups.append(d) }
        if case .bucket(let b)? = ranked?.entity, bucket == nil { bucket = b }
        for g in groups { let d = try dimension(g); selects.append((d.expr, d.name)) }
        if let b = bucket { selects.append(try bucketExpr(b, intent)) }
        let tables = try tablesUsed(intent, metric).union([vocabulary.factTable]).union(groups.map { try dimension($0).table })
        let (fromClause, _) = from(tables, forceFact: true)
        let whereSQL = try whereClause(intent, timeNotNull: isTimeBucket(intent.bucket))
        let inner =
            "SELECT " + (selects.map { "\($0.0) AS \($0.1)" } + ["\(key) AS entity_key", "\(metric.expr) AS v"]).joined(separator: ", ")
            + " FROM \(fromClause)\(whereSQL) GROUP BY " + (selects.map(\.1) + ["entity_key"]).joined(separator: ", ")
        if intent.median {
            // The middle value (the mean of the two middle ones for an even count), over the entities of each slice.
            guard ranked == nil, intent.summary.isEmpty else { throw Failure(reason: "a ranking of medians per \(entity.rawValue) is not supported") }
            let label = "median_\(metric.name)_per_\(entity.rawValue)"
            var sql = middleValue(of: "e", keys: selects.map(\.1), label: label, with: "e AS (\(inner))")
            if let descending = intent.sortDescending {
                sql += " ORDER BY \(label)\(descending ? " DESC" : "")"
            } else if let b = intent.bucket, isTimeBucket(b) {
                sql += " ORDER BY \(try bucketExpr(b, intent).label)"
            }
            return (sql, "median per \(entity.rawValue) of " + describe(intent, metric))
        }
        if !intent.summary.isEmpty {
            // An order read from "highest" is the list's own word: several aggregates side by side have no one order.
            guard ranked == nil else { throw Failure(reason: "a ranking of several aggregates per \(entity.rawValue) is not supported") }
            let names = ["MIN": "lowest", "MAX": "highest", "AVG": "average"]
            let columns = intent.summary.map { "\($0)(v) AS \(names[$0] ?? $0.lowercased())_\(metric.name)_per_\(entity.rawValue)" }
            var sql = "SELECT " + (selects.map(\.1) + columns).joined(separator: ", ") + " FROM (\(inner))"
            if !selects.isEmpty { sql += " GROUP BY " + selects.map(\.1).joined(separator: ", ") }
            let said = intent.summary.compactMap { names[$0] }.joined(separator: ", ")
            var shown = intent
            shown.sortDescending = nil
            return (sql, "\(said) of each \(entity.rawValue)'s " + describe(shown, metric))
        }
        let label = "average_\(metric.name)_per_\(entity.rawValue)"
        var sql = "SELECT " + (selects.map(\.1) + ["AVG(v) AS \(label)"]).joined(separator: ", ") + " FROM (\(inner))"
        if !selects.isEmpty { sql += " GROUP BY " + selects.map(\.1).joined(separator: ", ") }
        if let ranked {
            let order = "\(label)\(ranked.highest ? " DESC" : "")"
            sql =
                "WITH a AS (\(sql)), r AS (SELECT *, RANK() OVER (ORDER BY \(order)) AS rk FROM a WHERE \(label) IS NOT NULL) "
                + "SELECT " + (selects.map(\.1) + [label]).joined(separator: ", ") + " FROM r WHERE rk <= \(ranked.count) ORDER BY rk"
            let what = selects.map { $0.1.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
            return (
                sql, "\(ranked.highest ? "top" : "bottom") \(ranked.count) \(what) by average per \(entity.rawValue) of " + describe(intent, metric) + " (ties included)"
            )
        }
        if let descending = intent.sortDescending {
            sql += " ORDER BY \(label)\(descending ? " DESC" : "")"
        } else if let b = intent.bucket, isTimeBucket(b) {
            sql += " ORDER BY \(try bucketExpr(b, intent).label)"
        }
        return (sql, "average per \(entity.rawValue) of " + describe(intent, metric))
    }
}
