import Foundation

/// Several measures side by side. Each is computed on its own, at its own grain (customers counted
/// in their table, revenue summed over sales), with the same slices and filters, and the results
/// are joined on the slices: a count of customers is never inflated by a join to their sales.
extension SQLBuilder {
    func severalMeasures(_ intent: QueryIntent) throws -> (String, String) {
        guard intent.shape == .plain else { throw Failure(reason: "several measures at once with a share, growth, threshold or customer analysis is not supported") }
        guard intent.ranking == nil else { throw Failure(reason: "a ranking over several measures at once is not supported (rank by one measure)") }
        guard intent.sortDescending == nil else { throw Failure(reason: "sorting several measures at once is not supported (say which measure to sort by)") }
        let names = [intent.metric] + intent.extraMetrics
        var keys = intent.groupBy.map { try? dimension($0).name }.compactMap { $0 }
        if !intent.periods.isEmpty { keys.append("period") }
        if let b = intent.bucket { keys.append(try bucketExpr(b, intent).label) }
        if let band = intent.band { keys.append(try bandExpr(band).1) }
        var parts: [(sql: String, label: String, text: String)] = []
        for name in names {
            guard let metric = vocabulary.metric(named: name) else { throw Failure(reason: "unknown measure \(name)") }
            var single = intent
            single.metric = name
            single.extraMetrics = []
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
        if let b = intent.bucket, isTimeBucket(b) { sql += " ORDER BY m0.\(try bucketExpr(b, intent).label)" }
        let measures = names.map { $0.replacingOccurrences(of: "_", with: " ") }
        let first = parts[0].text
        let rest = first.hasPrefix(measures[0]) ? String(first.dropFirst(measures[0].count)) : ", " + first
        return (sql, measures.dropLast().joined(separator: ", ") + " and " + measures.last! + rest)
    }
}
