import Foundation

/// "customers who spent more than the average customer", "which months had above-average revenue",
/// "products that bring in more revenue than the average product does": a threshold whose value is
/// the average of the things compared (each group's or each entity's own total), not a number.
extension QuestionParser {
    /// Words that may name whose average it is ("the average customer", "the average month").
    static let averageSubjects: Set<String> = Lexicon.peopleWords.union(Lexicon.productWords).union([
        "one", "ones", "order", "month", "day", "year", "quarter", "country", "category", "subcategory", "line", "bike",
    ])

    /// The comparison with an average that starts at the comparison word `i` ("more", "above", "below", "less"):
    /// where its words end, the measure named between the comparison and "than" ("more revenue than"), and the
    /// word naming whose average it is. Nil when no average follows.
    func averageComparison(_ q: QuestionWords, at i: Int) -> (end: Int, measure: Range<Int>?, subject: String?)? {
        var j = i + 1
        var measure: Range<Int>?
        let whose: Set<String> = ["the", "an", "that", "this", "its", "their", "our", "year", "month", "quarter", "s", "overall"]
        if q[j] != "than", !["average", "avg", "mean"].contains(q[j]), !whose.contains(q[j]) {
            // "more revenue than the average": at most three words of a measure before "than".
            guard let t = (j..<(j + 4)).first(where: { q[$0] == "than" }), (j..<t).allSatisfy(q.isFree) else { return nil }
            measure = j..<t
            j = t
        }
        if q[j] == "than" { j += 1 }
        // "above that year's average", "below their category's average": whose average is said before it.
        // "beat the 2013 monthly average": the year and grain of the groups compared, said again.
        let restated: Set<String> = ["monthly", "quarterly", "yearly", "annual", "daily", "weekly"]
        var k = j
        while k < j + 4,
            whose.contains(q[k]) || restated.contains(q[k])
                || (Int(q[k]).map { (1900...2100).contains($0) } ?? false) && q.words.filter({ $0 == q[k] }).count >= 2
        {
            k += 1
        }
        j = k
        guard ["average", "avg", "mean"].contains(q[j]), q.isFree(j) else { return nil }
        j += 1
        var subject: String?
        if Self.averageSubjects.contains(q[j]) {
            subject = q[j]
            j += 1
        }
        // "above the average order value", "above-average revenue": the measure compared follows, and is left to be read
        // as the question's measure.
        if subject != nil, vocabulary.metrics.contains(where: { m in m.phrases.contains { q.wordsMatched($0, at: j - 1) != nil } }) {
            subject = nil
            j -= 1
        }
        if ["does", "do", "did", "is", "was", "has", "had"].contains(q[j]) { j += 1 }
        return (j, measure, subject)
    }

    /// "above that year's average monthly revenue": the average is what is compared with, not what is asked for.
    static func averageIsCompared(_ q: QuestionWords) -> Bool {
        (0..<q.count).contains { i in
            ["average", "avg", "mean"].contains(q[i])
                && (1...5).contains { ["above", "below", "than", "exceeded", "exceed", "exceeds", "beat", "beats", "topped", "surpassed", "outperformed"].contains(q[i - $0]) }
        }
    }

    /// Whose average was named must be what is compared: "products above the average customer" is refused.
    func averageSubjectConflict(_ subject: String?, comparing table: String?) -> String? {
        guard let subject, let table else { return nil }
        if Lexicon.peopleWords.contains(subject), table != customersTable { return "an average of customers compared with something else" }
        if Lexicon.productWords.contains(subject), table != productsTable { return "an average of products compared with something else" }
        return nil
    }
}
