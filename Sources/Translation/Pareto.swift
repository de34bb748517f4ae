/// "How many products does it take to reach 80% of our revenue, starting from the best sellers?", "the smallest number
/// of customers who together make up 80% of revenue": the things ranked by their own total, best first, and counted
/// until the running total reaches the share. A thing counts while the total before it is still short of the share.
extension QuestionParser {
    static let reachVerbs = [
        "reach", "make up", "makes up", "cover", "account for", "accounts for", "get to", "hit", "add up to", "contribute", "bring in",
        "generate", "deliver",
    ]
    static let fractionWords: [String: Double] = ["half": 0.5, "a third": 1.0 / 3, "a quarter": 0.25, "two thirds": 2.0 / 3, "three quarters": 0.75]

    func parsePareto(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // Who is counted: "how many (bike) products", "the smallest number of customers", "the fewest clients".
        var opener: Range<Int>?
        for phrase in ["how many", "smallest number of", "minimum number of", "fewest number of", "lowest number of", "the fewest", "fewest"] {
            if let i = q.find(phrase) {
                opener = i..<(i + phrase.split(separator: " ").count)
                break
            }
        }
        guard let opener else { return }
        var k = opener.upperBound
        var copy = q
        while valueAt(q, k) != nil && entityAt(&copy, k, tablesOnly: true) == nil { k += 1 }
        guard let (entity, length) = entityAt(&copy, k, tablesOnly: true), case .table(let table) = entity, table != vocabulary.factTable else { return }
        // The share: a reach verb, then "80 percent" or "half", then "of" and the measure.
        for v in 0..<q.count where q.isFree(v) {
            guard let verb = Self.reachVerbs.first(where: { q.wordsMatched($0, at: v) != nil }) else { continue }
            var j = v + verb.split(separator: " ").count
            // "make up at least 80%": the same count, said as a floor.
            if q[j] == "at", q[j + 1] == "least" { j += 2 }
            // "make up the top 80% of revenue": the same share, not the top 80 of a ranking.
            if q[j] == "the", q[j + 1] == "top" { j += 2 }
            let fraction: Double
            if let n = Double(q[j]), q[j + 1] == "percent", n > 0, n < 100 {
                fraction = n / 100
                j += 2
            } else if let (words, f) = Self.fractionWords.first(where: { q.wordsMatched($0.key, at: j) != nil }) {
                fraction = f
                j += words.split(separator: " ").count
            } else {
                continue
            }
            guard q[j] == "of" else { continue }
            // The measure after "of": "our revenue", "all bike revenue", "total sales".
            var m = j + 1
            var metric: Vocabulary.Metric?
            while m < j + 6, metric == nil {
                for length in [3, 2, 1] {
                    let phrase = (m..<(m + length)).map { q[$0] }.joined(separator: " ")
                    if let found = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && $0.phrases.contains(phrase) && $0.expr.uppercased().hasPrefix("SUM(") }) {
                        metric = found
                        break
                    }
                }
                m += 1
            }
            guard let metric else { continue }
            intent.shape = .paretoCount(table: table, fraction: fraction)
            intent.metric = metric.name
            context.explicitMetric = true
            q.use(opener)
            q.use(k..<(k + length))
            q.use(v..<(j + 1))
            break
        }
        guard case .paretoCount = intent.shape else { return }
        // "does it take", "starting from the best sellers", "counting from the best-selling bike down": how it is counted.
        _ = q.take([
            "does it take", "would it take", "do we need", "do you need", "are needed", "it takes", "together", "between them", "combined",
            "starting from the best sellers", "starting from the best-sellers", "starting from the top", "starting with the biggest",
            "starting with the best", "counting from the top", "from the top down", "best first", "biggest first", "largest first",
            "who", "that", "which",
        ])
        // "taking the best sellers first": the same, said with the order at the end.
        _ = q.take(["taking the best sellers first", "taking the best-sellers first", "taking the biggest first", "taking the top sellers first", "best sellers first", "top sellers first"])
        for i in 0..<q.count where q.isFree(i) && ["starting", "counting", "beginning", "going", "taking"].contains(q[i]) && ["from", "with", "the"].contains(q[i + 1]) {
            // "counting from the best-selling bike down", "taking the best sellers first": up to the end of the clause.
            var end = i + 2
            while end < q.count, end < i + 8, q[end] != "," {
                end += 1
                if ["down", "first"].contains(q[end - 1]) { break }
            }
            if (i + 2..<end).contains(where: { ["best", "biggest", "top", "largest", "highest"].contains(q[$0]) }) { q.use(i..<end) }
        }
    }
}

extension SQLBuilder {
    func paretoCount(_ intent: QueryIntent, _ metric: Vocabulary.Metric, _ table: String, _ fraction: Double) throws -> (String, String) {
        guard let keys = joinKeys(table), metric.table == vocabulary.factTable, metric.expr.uppercased().hasPrefix("SUM(") else {
            throw Failure(reason: "the fewest \(table) that make up a share works for sums over customers or products")
        }
        let tables = try tablesUsed(intent, metric)
        let whereSQL = try whereClause(intent)
        let share = formatNumber(fraction * 100)
        let sql =
            "WITH s AS (SELECT \(keys.factColumn) AS entity, \(metric.expr) AS v FROM \(from(tables, forceFact: true).0)\(whereSQL) GROUP BY entity), "
            + "cum AS (SELECT v, SUM(v) OVER (ORDER BY v DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before FROM s) "
            + "SELECT COUNT(*) AS \(table) FROM cum WHERE COALESCE(before, 0) < \(formatNumber(fraction)) * (SELECT SUM(v) FROM s)"
        let text = "the fewest \(table) that, biggest first, make up \(share)% of \(describe(intent, metric))"
        return (sql, text)
    }
}
