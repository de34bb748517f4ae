import Foundation

/// Wordings said again in the words the other passes read. "how many orders worth more than 2,000 did
/// we get in each of 2011, 2012 and 2013": one row per year, read as "per year from 2011 to 2013" (only
/// consecutive years are a span; others are left as written). "one-time buyers" on their own, "only ever
/// placed a single order": customers who ordered only once.
extension QuestionParser {
    /// Every rewording, before any pass reads the words.
    func reword(_ q: inout QuestionWords) {
        rewriteEachOfYears(&q)
        rewriteOneTimeBuyers(&q)
        // "no. of products": a number of them.
        while let i = (0..<q.count).first(where: { q[$0] == "no" && q[$0 + 1] == "of" }) {
            q.replace(i..<(i + 1), with: ["number"])
        }
        // "only counting customers with 3 or more orders", "counting only products that sold": a restriction, as "only".
        while let i = (0..<q.count).first(where: { q[$0] == "counting" && (q[$0 - 1] == "only" || q[$0 + 1] == "only") }) {
            q.replace(i..<(i + 1), with: [])
        }
    }

    private func rewriteOneTimeBuyers(_ q: inout QuestionWords) {
        guard !q.words.contains(where: { ["repeat", "returning", "vs", "versus", "or"].contains($0) }) else { return }
        let phrases: [([String], [String])] = [
            (["one", "time", "buyers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "time", "customers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "off", "buyers"], ["customers", "who", "ordered", "only", "once"]),
            (["one", "off", "customers"], ["customers", "who", "ordered", "only", "once"]),
            (["only", "ever", "placed", "a", "single", "order"], ["ordered", "only", "once"]),
            (["only", "placed", "a", "single", "order"], ["ordered", "only", "once"]),
            (["placed", "only", "a", "single", "order"], ["ordered", "only", "once"]),
            (["placed", "just", "one", "order"], ["ordered", "only", "once"]),
            (["placed", "only", "one", "order"], ["ordered", "only", "once"]),
        ]
        for (phrase, replacement) in phrases {
            while let i = (0..<q.count).first(where: { i in phrase.indices.allSatisfy { q[i + $0] == phrase[$0] } }) {
                q.replace(i..<(i + phrase.count), with: replacement)
            }
        }
    }

    private func rewriteEachOfYears(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["each", "every"].contains(q[i]) && q[i + 1] == "of" {
            var years: [Int] = []
            var j = i + 2
            if q[j] == "the", q[j + 1] == "years" { j += 2 }
            if q[j] == "years" { j += 1 }
            while true {
                guard let y = Int(q[j]), q[j].count == 4, (1900...2100).contains(y) else { break }
                years.append(y)
                j += 1
                if ["and", "or"].contains(q[j]), Int(q[j + 1]) != nil { j += 1 }
            }
            guard years.count >= 2, years == Array(years[0]...(years[0] + years.count - 1)) else { continue }
            let start = ["in", "for", "during"].contains(q[i - 1]) ? i - 1 : i
            q.replace(start..<j, with: ["per", "year", "from", String(years[0]), "to", String(years[years.count - 1])])
            return
        }
    }
}
