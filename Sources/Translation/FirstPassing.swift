import Foundation

/// "In which month of 2013 did monthly revenue first go above 1 million?", "when did our year-to-date revenue first reach
/// 10 million?": the earliest time bucket whose measure (or running total) passes a value. One unit: the words are
/// marked where they are said (`rewriteFirstPassing`), the threshold they carry is kept apart from the shape
/// (`setShape`), and the SQL of the series is cut to its first passing row (`firstPassingSQL`).
extension QuestionParser {
    /// The mark a rewording leaves where "first ... above" was said.
    static let firstPassingMark = "first-passing"

    /// "first go above", "first went over", "first exceeded", "first reach", "first hit": the mark, then the comparison
    /// in the words the threshold pass reads ("reach" and "hit" include the value itself).
    func rewriteFirstPassing(_ q: inout QuestionWords) {
        let strict: Set<String> = ["exceed", "exceeded", "exceeds", "pass", "passed", "passes", "top", "topped", "tops", "cross", "crossed", "crosses", "break", "broke"]
        let reach: Set<String> = ["reach", "reached", "reaches", "hit", "hits"]
        let movers: Set<String> = ["go", "went", "goes", "gone", "get", "got", "rise", "rose", "climb", "climbed", "move", "moved", "come", "came"]
        // "what was the first month in which we took more than 1,000 orders", "the first quarter when revenue passed 2
        // million": the same, with "first" said of the period.
        for i in 0..<q.count where q[i] == "first" && ["month", "quarter", "year", "week", "day"].contains(q[i + 1]) && ["in", "when", "where", "that"].contains(q[i + 2]) {
            guard
                let k = q.span(i + 3, upTo: i + 14).first(where: { k in
                    strict.contains(q[k]) || reach.contains(q[k]) || (movers.contains(q[k]) && ["above", "over", "past", "beyond"].contains(q[k + 1]))
                        || ((q[k] == "more" || q[k] == "over" || q[k] == "above") && Double(q[k + (q[k] == "more" ? 2 : 1)]) != nil)
                })
            else { continue }
            if q[k] == "more" || q[k] == "over" || q[k] == "above" {
                q.replace(k..<(k + (q[k] == "more" ? 2 : 1)), with: [Self.firstPassingMark, "above"])
            } else {
                q.replace(k..<k, with: ["first"])
            }
            q.replace(i..<(i + 1), with: [])
            break
        }
        for i in 0..<q.count where q[i] == "first" {
            var k = i + 1
            if ["time", "ever"].contains(q[k]) { k += 1 }
            let words: [String]
            var end = k + 1
            if movers.contains(q[k]), ["above", "over", "past", "beyond"].contains(q[k + 1]) {
                words = ["above"]
                end = k + 2
            } else if strict.contains(q[k]) {
                words = ["above"]
                if ["above", "over", "past"].contains(q[k + 1]) { end = k + 2 }
            } else if reach.contains(q[k]) {
                words = ["at", "least"]
            } else {
                continue
            }
            guard Double(q[end]) != nil || ["a", "one", "half"].contains(q[end]) else { continue }
            q.replace(i..<end, with: [Self.firstPassingMark] + words)
            // "when did our year-to-date revenue first reach 10 million": the total so far, month after month.
            for phrase in [["year", "to", "date"], ["ytd"], ["so", "far"]] {
                if let y = q.firstIndex(of: phrase), y < i { q.replace(y..<(y + phrase.count), with: ["cumulative"]) }
            }
            return
        }
    }
}

extension SQLBuilder {
    /// The series cut to its first row whose measure (running total) passes: ordered by the bucket, the earliest one.
    func firstPassingSQL(_ sql: String, _ text: String, _ intent: QueryIntent) throws -> (String, String) {
        guard let passing = intent.firstPassing else { return (sql, text) }
        guard let bucket = intent.bucket, isTimeBucket(bucket), bucket != .weekday, intent.groupBy.isEmpty, intent.ranking == nil, intent.periods.isEmpty,
            intent.extraMetrics.isEmpty, intent.shape == .plain || intent.shape == .runningTotal, let metric = vocabulary.metric(named: intent.metric)
        else {
            throw Failure(reason: "the first period whose total passes a value, other than in one series of periods")
        }
        let column = intent.shape == .runningTotal ? "running_total" : metric.name
        let label = try bucketExpr(bucket, intent).label
        let op = passing.above ? (passing.orEqual ? ">=" : ">") : (passing.orEqual ? "<=" : "<")
        let wrapped = "SELECT * FROM (\(sql)) WHERE \(column) \(op) \(formatNumber(passing.value)) ORDER BY \(label) LIMIT 1"
        let said = intent.shape == .runningTotal ? "the running total" : metric.name.replacingOccurrences(of: "_", with: " ")
        return (wrapped, text + ", only the first \(label) where \(said) is \(passing.above ? "above" : "below")\(passing.orEqual ? " or at" : "") \(formatNumber(passing.value))")
    }
}
