import Foundation

/// "the second best-selling bike", "the no. 2 product by revenue in each subcategory", "our 3rd biggest customer": one
/// place of a ranking, not the rows down to it. Read as "top N" with only place N kept; a shape that cannot keep one
/// place is refused by the builder rather than answered with the top N.
extension QuestionParser {
    static let places: [String: Int] = ["second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5]
    static let rankingSuperlatives = Lexicon.highEndWords.union(Lexicon.lowEndWords).subtracting(["bottom"]).union(["busiest", "leading"])

    func readRankPlace(_ q: inout QuestionWords, _ context: inout Context) {
        for i in 0..<q.count where q.isFree(i) {
            var n: Int?
            var length = 1
            if let place = Self.places[q[i]] {
                n = place
            } else if ["no", "number"].contains(q[i]), let place = Int(q[i + 1]), (2...Self.maxRankCount).contains(place), q[i - 1] == "the" || Self.rankingSuperlatives.contains(q[i + 2]) {
                n = place
                length = 2
            }
            guard let n, Self.rankingSuperlatives.contains(q[i + length]) || (["no", "number"].contains(q[i]) && (Lexicon.productWords.contains(q[i + 2]) || Lexicon.peopleWords.contains(q[i + 2]))) else { continue }
            // ("the second half", "the third quarter" are periods, read elsewhere; only before a ranking word.)
            context.rankPlace = n
            if q[i + length] == "most" {
                // ("second most orders": "top 2 most orders".)
                q.replace(i..<(i + length), with: ["top", String(n)])
            } else if q[i + length] == "least" {
                // ("second least revenue": "bottom 2 revenue", never the top.)
                q.replace(i..<(i + length + 1), with: ["bottom", String(n)])
            } else if Self.rankingSuperlatives.contains(q[i + length]) {
                // ("second best": "best 2".)
                q.replace(i..<(i + length), with: [])
                q.replace((i + 1)..<(i + 1), with: [String(n)])
            } else {
                q.replace(i..<(i + length), with: ["top", String(n)])
            }
            return
        }
    }

    func applyRankPlace(_ intent: inout QueryIntent, _ context: inout Context) {
        guard let n = context.rankPlace else { return }
        guard var r = intent.ranking, r.count == n, !r.bothEnds else {
            context.conflicts.append("place \(n) of a ranking (ask for the top \(n))")
            return
        }
        r.onlyPlace = true
        intent.ranking = r
    }
}
