import Foundation

/// "For our top 100 customers by lifetime spend, how much have they spent in each product category?": the top N are the
/// set the rest of the question is about ("they", "their"), one ranking over everyone, not a ranking within each
/// category. Read as a filter on whose sales count: each one's own total, ranked, ties at the cut-off kept.
extension QuestionParser {
    func parseTopSet(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // ("Of our top 100 customers by total spend, how many live in each country": the set opens the question.)
        guard
            let start = (0..<q.count).first(where: { i in
                (q[i] == "for" || (i == 0 && ["of", "among"].contains(q[i]))) && q.isFree(i) && ["top", "best", "biggest"].contains(q[i + (["our", "the"].contains(q[i + 1]) ? 2 : 1)])
            })
        else { return }
        var k = ["our", "the"].contains(q[start + 1]) ? start + 2 : start + 1
        guard let n = Int(q[k + 1]) ?? Lexicon.numberWords[q[k + 1]], n >= 1 else { return }
        k += 2
        let table: String
        if Lexicon.peopleWords.contains(q[k]) || q[k] == "spenders" {
            table = customersTable
        } else if Lexicon.productWords.contains(q[k]) {
            table = productsTable
        } else {
            return
        }
        guard q[k + 1] == "by" else { return }
        k += 2
        // ("by total spend": the total is each one's own anyway.)
        if ["total", "overall"].contains(q[k]) { k += 1 }
        // The measure ranked: the longest of the model's sales measures said right after "by".
        let ranked = vocabulary.metrics.filter { $0.table == vocabulary.factTable }
            .compactMap { m in m.phrases.compactMap { q.wordsMatched($0, at: k) }.max().map { (m, $0) } }
            .max { $0.1 < $1.1 }
        guard let (metric, length) = ranked else { return }
        let end = k + length
        // Only when the rest of the question refers back to them; otherwise "top 5 products ... in each category" ranks
        // within each category, as it says.
        let counted = q[start] != "for" ? q.span(end, upTo: q.count - 1).first(where: { q[$0] == "how" && q[$0 + 1] == "many" }) : nil
        guard counted != nil || q.span(end, upTo: q.count).contains(where: { ["they", "them", "their", "those", "these"].contains(q[$0]) }) else { return }
        // "how many live in each country", "how many of them": the top ones themselves, counted.
        if let h = counted {
            let noun = table == customersTable ? "customers" : "products"
            if q[h + 2] == "of", ["them", "those", "these"].contains(q[h + 3]) {
                q.replace((h + 2)..<(h + 4), with: [noun])
            } else if !Lexicon.peopleWords.contains(q[h + 2]), !Lexicon.productWords.contains(q[h + 2]) {
                q.replace((h + 2)..<(h + 2), with: [noun])
            }
        }
        let allTime = (k..<end).contains { ["lifetime", "ever"].contains(q[$0]) } || q[end] == "ever" || (q[end] == "all" && q[end + 1] == "time")
        q.use(start..<end)
        if q[end] == "ever" { q.use(end..<(end + 1)) }
        for place in ["\(n)th", "\(n)st", "\(n)nd", "\(n)rd"] {
            for verb in ["include", "including", "keep", "keeping"] {
                _ = q.take(["\(verb) everyone tied at \(place) place", "\(verb) anyone tied at \(place) place", "\(verb) everyone tied at \(place)", "\(verb) all tied at \(place) place"])
            }
        }
        _ = q.take(["ties included", "including ties", "include ties", "with ties"])
        intent.entityThreshold = .init(table: table, metric: metric.name, above: true, value: Double(n), topCount: n, allTime: allTime)
    }
}
