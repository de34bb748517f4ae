/// "each quarter of 2013 compared with the same quarter of 2012", "revenue in the same month last year":
/// each quarter's (month's) change from the same quarter a year before. Read before dates, so that the
/// year in "the same quarter of 2012" names the comparison, not a second period.
extension QuestionParser {
    func parseSameTimeLastYear(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let grains: [(String, QueryIntent.Bucket)] = [("quarter", .quarter), ("quarters", .quarter), ("month", .month), ("months", .month)]
        let before = [
            "of the previous year", "of the year before", "of the prior year", "of last year", "in the previous year", "in the year before",
            "the year before", "a year before", "a year earlier", "one year earlier", "the previous year", "last year", "the prior year", "before",
        ]
        for i in 0..<q.count where q.isFree(i) && q[i] == "same" {
            guard let (_, bucket) = grains.first(where: { $0.0 == q[i + 1] }) else { continue }
            var end = i + 2
            if ["of", "in"].contains(q[end]), q[end + 1].count == 4, let y = Int(q[end + 1]), (1900...2100).contains(y) {
                end += 2
            } else if let phrase = before.first(where: { q.wordsMatched($0, at: end) != nil }) {
                end += phrase.split(separator: " ").count
            } else {
                continue
            }
            q.use(i..<end)
            // "compared with the same quarter", "vs the same month": the comparison's own words.
            for phrase in ["compared with the", "compared to the", "versus the", "vs the", "against the", "over the", "with the", "from the", "the"]
            where q.wordsMatched(phrase, at: i - phrase.split(separator: " ").count) != nil {
                q.use((i - phrase.split(separator: " ").count)..<i)
                break
            }
            intent.sameTimeLastYear = true
            if intent.shape != .growth { setShape(&intent, &context, .growth) }
            if intent.bucket == nil { intent.bucket = bucket }
        }
    }
}
