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
        guard expr.uppercased().hasPrefix("AVG("), expr.hasSuffix(")"), intent.groupBy.isEmpty, intent.bucket == nil, intent.ranking == nil, intent.shape == .plain,
            intent.extraMetrics.isEmpty, intent.band == nil
        else { throw Failure(reason: "a median of \(metric.name.replacingOccurrences(of: "average_", with: "").replacingOccurrences(of: "_", with: " ")) with a breakdown, ranking or other measures is not supported") }
        let value = String(expr.dropFirst(4).dropLast())
        let (fromClause, _) = from(try tablesUsed(intent, metric))
        let label = "median_" + metric.name.replacingOccurrences(of: "average_", with: "")
        let sql =
            "WITH a AS (SELECT \(value) AS v FROM \(fromClause)\(try whereClause(intent))), o AS (SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS rn, COUNT(*) OVER () AS n FROM a WHERE v IS NOT NULL) "
            + "SELECT AVG(v) AS \(label) FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"
        return (sql, "median of " + describe(intent, metric).replacingOccurrences(of: "average ", with: "") + " (the middle value; rows without one left out)")
    }
}
