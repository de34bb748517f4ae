import Foundation

/// "What is the median age of our customers?", "median product cost in Clothing": the middle of the values of the rows
/// themselves (the mean of the two middle ones for an even count), for a measure the model defines as an average of a
/// column of its own table. The median per customer or per order is `PerEntityAverage`'s.
extension QuestionParser {
    /// "median age": the average the model defines over the same column ("average age"), read as its median.
    func readMedianValue(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        guard intent.perEntity == nil, let a = (0..<q.count).first(where: { q.isFree($0) && q[$0] == "median" }) else { return }
        var k = a + 1
        // ("the median customer age": the table's word before the column's.)
        if Lexicon.peopleWords.contains(q[k]) || ["customer", "product"].contains(q[k]) { k += 1 }
        for m in vocabulary.metrics where m.table != vocabulary.factTable && m.expr.uppercased().hasPrefix("AVG(") {
            for phrase in m.phrases where phrase.hasPrefix("average ") {
                let said = String(phrase.dropFirst("average ".count))
                guard let n = q.wordsMatched(said, at: k) else { continue }
                intent.metric = m.name
                intent.median = true
                q.use(a..<(k + n))
                return
            }
        }
    }
}

extension SQLBuilder {
    /// The middle of the rows' own values, NULLs left out.
    func medianValue(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        let expr = metric.expr.trimmingCharacters(in: .whitespaces)
        guard expr.uppercased().hasPrefix("AVG("), expr.hasSuffix(")"), intent.ranking == nil, intent.shape == .plain, intent.extraMetrics.isEmpty, intent.band == nil
        else { throw Failure(reason: "a median of \(metric.name.replacingOccurrences(of: "average_", with: "").replacingOccurrences(of: "_", with: " ")) with a ranking, a share or other measures is not supported") }
        let value = String(expr.dropFirst(4).dropLast())
        // "median age per country": the middle value of each slice's rows.
        var keys = try intent.groupBy.map { try dimension($0) }.map { ($0.expr, $0.name) }
        if let b = intent.bucket { keys.append(try bucketExpr(b, intent)) }
        let tables = try tablesUsed(intent, metric).union(intent.groupBy.map { try dimension($0).table })
        let (fromClause, _) = from(tables)
        let label = "median_" + metric.name.replacingOccurrences(of: "average_", with: "")
        let columns = (keys.map { "\($0.0) AS \($0.1)" } + ["\(value) AS v"]).joined(separator: ", ")
        var sql = middleValue(of: "a", keys: keys.map(\.1), label: label, with: "a AS (SELECT \(columns) FROM \(fromClause)\(try whereClause(intent, timeNotNull: isTimeBucket(intent.bucket))))")
        if let descending = intent.sortDescending {
            sql += " ORDER BY \(label)\(descending ? " DESC" : "")"
        } else if let b = intent.bucket, isTimeBucket(b) {
            sql += " ORDER BY \(try bucketExpr(b, intent).label)"
        }
        return (sql, "median of " + describe(intent, metric).replacingOccurrences(of: "average ", with: "") + " (the middle value; rows without one left out)")
    }

    /// The middle of `v` in `table` (the mean of the two middle values for an even count), NULLs left out, for each
    /// combination of `keys` (a slice without a value of its own is not a row).
    func middleValue(of table: String, keys: [String], label: String, with cte: String) -> String {
        let partition = keys.isEmpty ? "" : "PARTITION BY \(keys.joined(separator: ", ")) "
        let kept = keys.map { "\($0), " }.joined()
        var sql =
            "WITH \(cte), o AS (SELECT \(kept)v, ROW_NUMBER() OVER (\(partition)ORDER BY v) AS rn, COUNT(*) OVER (\(partition.trimmingCharacters(in: .whitespaces))) AS n FROM \(table) WHERE v IS NOT NULL) "
            + "SELECT \(kept)AVG(v) AS \(label) FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"
        if !keys.isEmpty { sql += " GROUP BY " + keys.joined(separator: ", ") }
        return sql
    }
}
