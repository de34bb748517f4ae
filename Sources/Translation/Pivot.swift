import Foundation

/// "number of orders per quarter, 2012 and 2013 side by side", "one row per country with bike, accessories and clothing
/// revenue in separate columns": the things compared become columns of one row each, instead of rows of their own.
/// The columns are the periods compared, or the values named of one column; the rows are the question's other slices.
extension QuestionParser {
    static let pivotPhrases = [
        "side by side", "next to each other", "in separate columns", "as separate columns", "in their own columns", "in its own column",
        "each in its own column", "each in their own column", "as columns", "in columns", "one column each", "a column each",
        "in different columns", "one column per", "a column per", "one column for each", "a column for each",
        "in two columns", "in 2 columns", "as two columns", "in three columns", "in 3 columns", "as three columns",
        "in two separate columns", "in 2 separate columns", "as two separate columns", "in three separate columns", "as two different columns",
    ]

    func parsePivot(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        // "H1 2013 vs H2 2013, one row per line": compared things on one row per slice are columns of it.
        let rowPhrases = ["one row per", "one row for each", "a row per", "a row for each", "one line per"]
        if q.has(anyOf: ["vs", "versus", "compared", "against"]), let i = rowPhrases.compactMap({ q.find($0) }).first {
            q.use(i..<(i + 3))
            intent.pivot = true
            _ = q.take(["please", "pls"])
            return
        }
        // "compare each category's revenue in H1 with H2 - both figures per category": both on the row of each slice.
        if q.has(anyOf: ["vs", "versus", "compared", "compare", "against"]),
            let i = (0..<q.count).first(where: { i in
                q[i] == "both" && ["figures", "numbers", "values", "totals", "amounts"].contains(q[i + 1])
                    && ((i + 2)...(i + 4)).contains { ["per", "by", "each", "every"].contains(q[$0]) }
            })
        {
            q.use(i..<(i + 2))
            intent.pivot = true
            return
        }
        guard q.words.contains(where: { ["side", "columns", "column", "other"].contains($0) }) else { return }
        var found = false
        for phrase in Self.pivotPhrases {
            guard let i = q.find(phrase) else { continue }
            q.use(i..<(i + phrase.split(separator: " ").count))
            found = true
        }
        guard found else { return }
        intent.pivot = true
        // "one row per country": the rows are the slice that follows.
        _ = q.take(["one row per", "one row for each", "a row per", "a row for each", "one line per"])
        _ = q.take(["please", "pls"])
    }
}

extension SQLBuilder {
    /// The answer in long form (one row per slice and column), turned so that each column value is a column.
    func pivot(_ intent: QueryIntent, _ metric: Vocabulary.Metric) throws -> (String, String) {
        guard intent.shape == .plain, intent.ranking == nil, intent.extraMetrics.isEmpty, intent.band == nil, intent.rankWithin == nil,
            intent.sortDescending == nil
        else { throw Failure(reason: "columns side by side with a ranking, share, sort or several measures is not supported") }
        var long = intent
        long.pivot = false
        let column: String
        let values: [(literal: String, name: String)]
        if intent.periods.count >= 2 {
            let (_, label) = periodsColumn(intent.periods)
            column = label
            values = periodValues(intent.periods).map { ($0.literal, $0.name) }
            // The years are the columns: the rows are the quarter or month of the year.
            switch intent.bucket {
            case .quarter?: long.bucket = .quarterOfYear
            case .month?, .yearMonth?: long.bucket = .monthOfYear
            case .year?, .day?: throw Failure(reason: "periods side by side broken down by \(intent.bucket!.rawValue) as well")
            default: break
            }
        } else if let f = intent.filters.first(where: { f in
            // Values as the data spells them: not a prefix, a negation or the unknown, which no column could be named after.
            f.values.count >= 2 && f.values.allSatisfy(QueryIntent.isPlainValue)
        }) {
            let d = try dimension(f.dimension)
            column = d.name
            values = f.values.map { (quote($0), $0) }
            if !long.groupBy.contains(d.name) { long.groupBy.append(d.name) }
        } else {
            throw Failure(reason: "columns side by side, but I could not tell which periods or values make the columns")
        }
        var keys = long.groupBy.filter { $0 != column }.map { try? dimension($0).name }.compactMap { $0 }
        if let b = long.bucket { keys.append(try bucketExpr(b, long).label) }
        // "2011 and 2012 revenue side by side": no rows named, so one row with a column for each.
        guard !keys.isEmpty || intent.periods.count >= 2 else { throw Failure(reason: "columns side by side, but no rows: say what each row is (per country, per quarter ...)") }
        let (inner, text) = try grouped(long, metric)
        // A sum or a count is 0 where there is nothing; an average or a ratio has no value there.
        let upper = metric.expr.uppercased()
        let additive = (upper.hasPrefix("SUM(") || upper.hasPrefix("COUNT(")) && !metric.expr.contains("/")
        let columns = values.map { v in
            let label = (metric.name + "_" + v.name).lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" }.reduce(into: "") { $0.append($1) }
            let picked = "MAX(CASE WHEN x.\(column) = \(v.literal) THEN x.\(metric.name) END)"
            return (additive ? "COALESCE(\(picked), 0)" : picked) + " AS \(label)"
        }
        let sql =
            keys.isEmpty
            ? "SELECT " + columns.joined(separator: ", ") + " FROM (\(inner)) x"
            : "SELECT " + (keys.map { "x.\($0)" } + columns).joined(separator: ", ") + " FROM (\(inner)) x GROUP BY "
                + keys.map { "x.\($0)" }.joined(separator: ", ") + " ORDER BY " + keys.map { "x.\($0)" }.joined(separator: ", ")
        return (sql, text + ", with each \(column.replacingOccurrences(of: "_", with: " ")) in a column of its own (\(values.map(\.name).joined(separator: ", ")))")
    }
}
