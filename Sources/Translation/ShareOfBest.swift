import SemanticModel

/// "For each month of 2013, revenue as a % of 2013's best month", "each country's orders as a percentage of the top
/// country": every row set against the biggest of them (the best is 100), where a share of the total would divide
/// by their sum. The superlative names the whole the share is of, not a ranking of the rows.
extension QuestionParser {
    func readShareOfBest(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        let best: Set<String> = ["best", "top", "highest", "biggest", "largest", "peak", "strongest", "busiest", "record", "maximum", "max"]
        for i in 0..<q.count where Self.percentWords.contains(q[i]) && q[i + 1] == "of" {
            var k = i + 2
            // ("of 2013's best month": the year was read as the period; the possessive's "s" stays behind.)
            while ["the", "our", "that", "this", "its", "their", "s"].contains(q[k]) || Lexicon.year(q[k]) != nil { k += 1 }
            guard best.contains(q[k]) else { continue }
            // The best what: the rows' own grain or kind, said again ("month", "country", "one").
            var end = k + 1
            if ["one", "month", "quarter", "year", "day", "week"].contains(q[end]) || dimensionSaid(q.words, end) != nil || tableNamed(by: q[end]) != nil {
                end += dimensionSaid(q.words, end)?.length ?? 1
            }
            guard end > k + 1 else { continue }
            intent.shareOfBest = true
            q.use((i + 1)..<(i + 2))
            for j in (i + 2)..<end where !(Lexicon.year(q[j]) != nil) { q.use(j..<(j + 1)) }
            return
        }
    }
}
