/// Several measures in one question ("orders, units and revenue for each year"): each measure
/// phrase the question names, longest first, without overlaps. Words that name a table only
/// ("customers") are left to the slices and rankings.
extension QuestionParser {
    /// Words that introduce a definition of the measure ("sales minus cost", "by CLV I mean"): the
    /// other measure words then restate the first one rather than ask for another.
    static let definitionWords: Set<String> = ["minus", "divided", "mean", "meaning", "defined", "definition", "less", "times", "x", "ie", "i.e", "using"]

    func measuresNamed(_ q: QuestionWords) -> [(Vocabulary.Metric, Int, Int)] {
        // Words naming a dimension table ("customers") are left to slices and rankings; verbs
        // ("sold", "spent") say what happened, not what to measure. Fact-table words ("orders") count.
        let tableWords = Set(
            vocabulary.tables.values.filter { $0.name != vocabulary.factTable }.flatMap(\.synonyms)
                + ["people", "buyers", "clients", "items", "customers", "products"])
        // "buyers and revenue by gender", "revenue and buyers": a table's word listed with a measure is a measure too.
        func listedWithAMeasure(_ phrase: String) -> Bool {
            guard let i = q.find(phrase), phrase.split(separator: " ").count == 1,
                !["by", "per", "each", "for", "from", "of", "top", "which", "with", "among", "to", "many", "most", "best", "our", "new"].contains(q[i - 1])
            else { return false }
            func isMeasureWord(_ k: Int) -> Bool {
                q.isFree(k) && !tableWords.contains(q[k]) && vocabulary.metrics.contains { $0.phrases.contains(q[k]) }
            }
            return (["and", "or"].contains(q[i + 1]) && isMeasureWord(i + 2)) || (["and", "or"].contains(q[i - 1]) && isMeasureWord(i - 2))
        }
        var found: [(Vocabulary.Metric, Int, Int)] = []
        for metric in vocabulary.metrics {
            for phrase in metric.phrases {
                // "number of distinct buyers": a table's word counted after "number of" is a measure after all.
                if tableWords.contains(phrase)
                    && !((q.find("number of \(phrase)") ?? q.find("number of distinct \(phrase)") ?? q.find("number of different \(phrase)")) != nil)
                    && !listedWithAMeasure(phrase)
                {
                    continue
                }
                var from = 0
                while let i = q.find(phrase, from: from) {
                    from = i + 1
                    // A verb ("spent") names a measure only as a noun: "their total spend".
                    if Lexicon.stopWords.contains(phrase) && !["total", "their", "the", "average", "avg", "mean", "its", "they"].contains(q[i - 1]) { continue }
                    // "how many products made their first ever sale that year": each thing's own first date picks who is
                    // counted (a cohort), it is not a second measure beside the count.
                    if ["their", "its"].contains(q[i - 1]), q.has("how many"), ["MIN(", "MAX("].contains(where: { metric.expr.uppercased().hasPrefix($0) }) { continue }
                    found.append((metric, i, q.wordsMatched(phrase, at: i) ?? 1))
                }
            }
        }
        // "product lines" is a slice, not the line count: words a dimension's name covers are not measures.
        var sliceWords = Set<Int>()
        for i in 0..<q.count where !found.isEmpty {
            // (A number on the sales lines, "quantity", is what a measure sums, not a slice.)
            if let (name, length) = dimensionPhrase(q, i), let d = vocabulary.dimension(named: name), !(d.numeric && d.table == vocabulary.factTable) {
                sliceWords.formUnion(i..<(i + length))
            }
            // Dates too: "order date" is not a count of orders.
            for phrase in multiWordTimePhrases { if let length = q.wordsMatched(phrase, at: i) { sliceWords.formUnion(i..<(i + length)) } }
        }
        found.removeAll { (_, start, length) in (start..<(start + length)).contains(where: sliceWords.contains) }
        found.sort { $0.2 != $1.2 ? $0.2 > $1.2 : $0.1 < $1.1 }
        var taken = Set<Int>()
        var chosen: [(Vocabulary.Metric, Int, Int)] = []
        for (metric, start, length) in found where (start..<(start + length)).allSatisfy({ !taken.contains($0) }) {
            taken.formUnion(start..<(start + length))
            if !chosen.contains(where: { $0.0.name == metric.name }) { chosen.append((metric, start, length)) }
        }
        return chosen.sorted { $0.1 < $1.1 }
    }
}
