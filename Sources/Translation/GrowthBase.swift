import Foundation

/// "(July compared with June)", "(so January is compared with December 2011)", "(Q1 compared with Q4 2012)": a change
/// from one period to the next, with its first comparison spelled out. The words restate what the growth rate already
/// does, so they are claimed; only when the second period is the one just before the first. Anything else ("July
/// compared with March") is left unread, and the question is refused rather than answered as a plain growth rate.
extension QuestionParser {
    func claimGrowthBase(_ q: inout QuestionWords) {
        // Read before periods (so "Q4 2012" is not taken for one), hence only beside a change from one period to the
        // next, said for each of several periods: "revenue in July compared with June" alone is a question of its own.
        let nextPeriodChange = [
            "month over month", "month on month", "mom", "m o m", "quarter over quarter", "quarter on quarter", "qoq", "q o q",
            "previous month", "previous quarter", "prior month", "prior quarter", "month before", "quarter before",
        ]
        // ("which months fell compared with the month before": each period, asked of all of them.)
        guard q.has(anyOf: ["each", "every", "which"]), q.has(anyOf: nextPeriodChange) else { return }
        let verbs: Set<String> = ["compared", "vs", "versus", "against", "measured", "relative"]
        for i in 0..<q.count where q.isFree(i) {
            guard let (first, span) = Self.periodOfYear(q[i]) else { continue }
            var j = i + 1
            let compareBefore = i > 0 && ["compare", "comparing"].contains(q[i - 1])
            // ("(Q1 2012 compared against Q4 2011)", "January 2012 is compared with December 2011.": the first period's
            // year, in a remark of its own; "revenue change, Q4 2013 against Q3 2013" asks for those two quarters.)
            let remark = compareBefore || q.asides.contains { $0.lowerBound == i } || q.sentenceStarts.contains(i)
            if remark, let year = Int(q[j]), (1900...2100).contains(year), q.isFree(j) { j += 1 }
            while ["is", "being", "gets", "get", "are", "counts", "count", "goes", "go"].contains(q[j]) && q.isFree(j) { j += 1 }
            guard compareBefore || verbs.contains(q[j]), q.isFree(j) else { continue }
            if !compareBefore { j += 1 }
            if ["with", "to", "against"].contains(q[j]) { j += 1 }
            guard q.isFree(j), let (base, baseSpan) = Self.periodOfYear(q[j]), baseSpan == span,
                base == (first == 1 ? span : first - 1)
            else { continue }
            var end = j + 1
            // The base's year, when written ("December 2011").
            if let year = Int(q[end]), (1900...2100).contains(year), q.isFree(end) { end += 1 }
            var start = i > 0 && q[i - 1] == "so" && q.isFree(i - 1) ? i - 1 : i
            // ("compare January with December 2012": the same, asked.)
            if i > 0, ["compare", "comparing"].contains(q[i - 1]), q.isFree(i - 1) { start = i - 1 }
            q.use(start..<end)
        }
    }

    /// A month name (1-12 of 12) or a quarter ("q3": 3 of 4), with the number of such periods in a year.
    static func periodOfYear(_ word: String) -> (Int, Int)? {
        if let month = Lexicon.months[word] { return (month, 12) }
        if let n = Lexicon.quarter(word) { return (n, 4) }
        return nil
    }
}
