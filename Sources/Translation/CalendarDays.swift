import Foundation

/// "On average, how many orders a day did we take in December 2013? Divide by all 31 days of the month.": a daily
/// average over every calendar day of the period, days without sales counted as zero. The number of days said must be
/// the period's own; otherwise the question is refused, never answered over another number of days.
extension QuestionParser {
    func claimCalendarDays(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.shape == .averagePerBucket, intent.bucket == .day else { return }
        for i in 0..<q.count where q.isFree(i) && q[i] == "days" {
            var k = i - 1
            guard let n = Int(q[k]) ?? Lexicon.numberWords[q[k]] else { continue }
            k -= 1
            while ["all", "the", "of", "every", "one", "its", "their"].contains(q[k]) && q.isFree(k) { k -= 1 }
            // ("counting all 31 days of the month", "including all 31 days")
            guard ["over", "by", "across", "counting", "including"].contains(q[k]), q.isFree(k) else { continue }
            // "divide by all 31 days", "average over all 31 days", "spread over the 31 days"
            let start = ["divide", "divided", "average", "averaged", "spread", "split"].contains(q[k - 1]) && q.isFree(k - 1) ? k - 1 : k
            var end = i + 1
            // "... of the month", "in December"
            if ["of", "in"].contains(q[end]) {
                let e = q[end + 1] == "the" ? end + 2 : end + 1
                if ["month", "year", "quarter", "period"].contains(q[e]) || Lexicon.months[q[e]] != nil { end = e + 1 }
            }
            q.use(start..<end)
            // "i.e. total Q4 2013 revenue divided by the 92 days", "just take the december total and divide by the 31 days":
            // the period's total, said as how the average is worked out, before the division.
            var m = start - 1
            let filler: Set<String> = ["total", "the", "and", "then", "its", "that", "q1", "q2", "q3", "q4", "h1", "h2"]
            while m > 0, start - m <= 10, !["e", "ie", "take", "meaning"].contains(q[m]), !(q[m] == "is" && q[m - 1] == "that"),
                !q.isFree(m) || filler.contains(q[m]) || Lexicon.months[q[m]] != nil || Lexicon.year(q[m]) != nil
            {
                m -= 1
            }
            if q[m] == "take" || q[m] == "ie" || q[m] == "meaning" || (q[m] == "e" && q[m - 1] == "i") || (q[m] == "is" && q[m - 1] == "that") {
                let first = q[m] == "e" || q[m] == "is" || (q[m] == "take" && q[m - 1] == "just") ? m - 1 : m
                q.use(first..<start)
            }
            guard let p = intent.period, let from = p.from, let until = p.until, let days = SQLDateMath.daysBetween(from, until) else {
                context.conflicts.append("an average over \(n) days with no period of that length")
                return
            }
            // ("not just the days with orders", "including days with no sales": what counting every day means.)
            _ = q.take([
                "not just the days with orders", "not just days with orders", "not just the days with sales", "not just days with sales", "not only the days with orders",
                "not only days with orders", "not only the days with sales", "not just the days we had orders", "not just the days with an order",
                "including days with no orders", "including days without orders", "including days with no sales", "including days without sales",
                "including the days with no orders", "including the days without orders",
            ])
            if days == n { intent.calendarDays = days } else { context.conflicts.append("an average over \(n) days, but \(p.label) has \(days)") }
            return
        }
    }
}
