/// Several measures in one question ("orders, units and revenue for each year"): each measure
/// phrase the question names, longest first, without overlaps. Words that name a table only
/// ("customers") are left to the slices and rankings.
extension QuestionParser {
    /// Words that introduce a definition of the measure ("sales minus cost", "by CLV I mean"): the
    /// other measure words then restate the first one rather than ask for another.
    static let definitionWords: Set<String> = ["minus", "divided", "mean", "meaning", "defined", "definition", "less", "times", "x", "ie", "i.e", "using"]

    /// - Parameter outside: asides that define a measure: the measures named in them are the definition's words.
    func measuresNamed(_ q: QuestionWords, outside asides: [Range<Int>] = []) -> [(Vocabulary.Metric, Int, Int)] {
        // Words naming a dimension table ("customers") are left to slices and rankings; verbs
        // ("sold", "spent") say what happened, not what to measure. Fact-table words ("orders") count.
        let tableWords = Set(
            vocabulary.tables.values.filter { $0.name != vocabulary.factTable }.flatMap(\.synonyms)
                + ["people", "buyers", "clients", "items", "customers", "products"])
        // "how many buyers, total revenue and revenue per buyer", "how many buyers and what revenue": a count asked for in
        // a list of measures (its comma is gone, so the next word starts another measure, or "and" joins one).
        func countedInAList(_ i: Int) -> Bool {
            guard q[i - 2] == "how", q[i - 1] == "many" else { return false }
            var k = i + 1
            if ["and", "plus", "with", "alongside"].contains(q[k]) { k += 1 }
            while ["the", "their", "our", "what", "total", "how", "much"].contains(q[k]) { k += 1 }
            return vocabulary.metrics.contains { m in !tableWords.contains(q[k]) && m.phrases.contains { (q.wordsMatched($0, at: k) ?? 0) > 0 } }
        }
        // "buyers and revenue by gender", "revenue and buyers": a table's word listed with a measure is a measure too.
        func listedWithAMeasure(_ phrase: String) -> Bool {
            guard phrase.split(separator: " ").count == 1 else { return false }
            var from = 0
            while let k = q.find(phrase, from: from) {
                if countedInAList(k) { return true }
                from = k + 1
            }
            guard let i = q.find(phrase),
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
                    if asides.contains(where: { $0.contains(i) }) { continue }
                    // A verb ("spent") names a measure only as a noun: "their total spend".
                    if Lexicon.stopWords.contains(phrase) && !["total", "their", "the", "average", "avg", "mean", "its", "they", "by"].contains(q[i - 1]) { continue }
                    // "how many products made their first ever sale that year": each thing's own first date picks who is
                    // counted (a cohort), it is not a second measure beside the count.
                    if ["their", "its"].contains(q[i - 1]), q.has("how many"), ["MIN(", "MAX("].contains(where: { metric.expr.uppercased().hasPrefix($0) }) { continue }
                    found.append((metric, i, q.wordsMatched(phrase, at: i) ?? 1))
                }
            }
        }
        // "product lines" is a slice, not the line count: words a dimension's name covers are not measures.
        var slices: [Range<Int>] = []
        for i in 0..<q.count where !found.isEmpty {
            // (A number on the sales lines, "quantity", is what a measure sums, not a slice.)
            // ("the number of products in each subcategory": what "number of" counts is a measure, not the product slice.)
            let counted = q[i - 1] == "of" && ["number", "count"].contains(q[i - 2])
            if !counted, let (name, length) = dimensionPhrase(q, i), let d = vocabulary.dimension(named: name), !(d.numeric && d.table == vocabulary.factTable) {
                slices.append(i..<(i + length))
            }
            // Dates too: "order date" is not a count of orders.
            for phrase in multiWordTimePhrases { if let length = q.wordsMatched(phrase, at: i) { slices.append(i..<(i + length)) } }
        }
        // ("the cost of goods sold": a measure's longer phrase that opens with a column's name is the measure.)
        found.removeAll { (_, start, length) in
            slices.contains { $0.overlaps(start..<(start + length)) && !($0.lowerBound == start && $0.count < length) }
        }
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

extension QuestionParser {
    /// "number of products and average cost per category", "how many buyers, total revenue and revenue per buyer": a
    /// count of a table's rows said in a list beside a measure read earlier is a measure of its own (of the catalogue
    /// or customer base beside a catalogue measure, of those who bought beside a sales measure), not words about the
    /// table. Only in a list: "how many orders does a customer place on average" is one measure.
    func countBeside(_ q: QuestionWords, _ claimed: Vocabulary.Metric, _ intent: QueryIntent) -> (Vocabulary.Metric, Range<Int>)? {
        let listWords: Set<String> = ["and", "plus", "with", "alongside", "as"]
        let onSales = claimed.table == vocabulary.factTable
        let openers = ["total number of", "how many", "number of", "count of", "no of"].flatMap { opener in
            var at: [(String, Int)] = []
            while let i = q.find(opener, from: (at.last?.1 ?? -1) + 1) { at.append((opener, i)) }
            return at
        }
        for (opener, i) in openers {
            guard q.isFree(i) else { continue }
            var j = i + opener.split(separator: " ").count
            while ["different", "distinct", "unique", "of", "our", "the"].contains(q[j]) { j += 1 }
            // "how many road bikes are in the catalogue, and their average cost": the products of the kind named (its words
            // may be read as the filter already).
            var kindNamed = false
            let kindStart = j
            if !onSales, let span = valueSpan(q, j), vocabulary.dimension(named: span.value.dimension)?.table == productsTable {
                j += span.length - 1
                kindNamed = true
            }
            guard kindNamed || q.isFree(j) else { continue }
            let noun = q[j]
            let count: Vocabulary.Metric?
            if kindNamed {
                count = vocabulary.metrics.first { $0.table == productsTable && $0.expr.uppercased() == "COUNT(*)" }
            } else if Lexicon.peopleWords.contains(noun) {
                count = onSales ? buyersMetric : vocabulary.metrics.first { $0.table == customersTable && isPeopleCount($0) }
            } else if Lexicon.productWords.contains(noun) {
                count =
                    onSales
                    ? vocabulary.metrics.first { $0.table == vocabulary.factTable && countedTable($0) == productsTable }
                    : vocabulary.metrics.first { $0.table == productsTable && $0.expr.uppercased() == "COUNT(*)" }
            } else if ["orders", "order"].contains(noun) {
                count = vocabulary.orderCount
            } else {
                count = nil
            }
            guard let count, count.name != claimed.name, !intent.extraMetrics.contains(count.name) else { continue }
            let next = q[j + 1]
            let startsMeasure = metricPhrases.contains { $0.split(separator: " ").first.map(String.init) == next }
            // "how many buyers did we have in 2012, how many units did they buy": a clause of its own asking for the count.
            let asksForThem = [
                "did we have", "were there", "did we get", "have we got", "do we have", "did we gain", "did we see", "we have", "we had", "there are", "there were", "are there", "are listed", "are in the catalogue", "do we sell", "do we carry",
                "do we list",
            ].contains { q.wordsMatched($0, at: j + 1) != nil }
            guard kindNamed || listWords.contains(q[i - 1]) || listWords.contains(next) || startsMeasure || asksForThem else { continue }
            // (The kind named stays free: it is the filter.)
            return (count, i..<(kindNamed ? kindStart : j + 1))
        }
        // "product count and average cost for road bikes": the count's own phrase, listed beside the measure.
        if !onSales {
            for m in vocabulary.metrics where m.table == claimed.table && m.name != claimed.name && m.expr.uppercased() == "COUNT(*)" && !intent.extraMetrics.contains(m.name) {
                for phrase in m.phrases where phrase.contains(" ") {
                    guard let i = q.find(phrase), let n = q.wordsMatched(phrase, at: i), listWords.contains(q[i - 1]) || listWords.contains(q[i + n]) else { continue }
                    return (m, i..<(i + n))
                }
            }
        }
        return nil
    }
}
