import Foundation

/// Wordings of days judged by their own total, of customers judged by their orders, and of asides that say a word again.
extension QuestionParser {
    /// "On how many days in 2013 did the day's sales come to more than 10,000?": days with sales of more than that.
    func rewriteDayTotalsOver(_ q: inout QuestionWords) {
        guard q.has("how many days") || q.has("how many different days") else { return }
        for lead in [["did", "the", "day", "sales"], ["did", "the", "days", "sales"], ["did", "daily", "sales"], ["did", "the", "day", "revenue"], ["did", "daily", "revenue"]] {
            guard let i = q.firstIndex(of: lead) else { continue }
            let k = i + lead.count
            let measure = lead.last!
            if q[k] == "come", q[k + 1] == "to" {
                q.replace(i..<(k + 2), with: ["had", measure, "of"])
            } else if ["exceed", "top", "pass"].contains(q[k]) {
                q.replace(i..<(k + 1), with: ["had", measure, "of", "more", "than"])
            } else if ["reach", "total"].contains(q[k]) {
                q.replace(i..<(k + 1), with: ["had", measure, "of"])
            }
            return
        }
    }

    /// "what % of 2013 revenue came from customers who had already ordered from us before 2013": returning customers of
    /// that year (said of the year the question is about; before another year it is a condition of its own).
    func rewriteOrderedBeforeTheYear(_ q: inout QuestionWords) {
        for i in 0..<q.count where q[i] == "who" && Lexicon.peopleWords.contains(q[i - 1]) {
            var k = i + 1
            if ["had", "have", "has"].contains(q[k]) { k += 1 }
            if q[k] == "already" { k += 1 }
            guard ["ordered", "bought", "purchased", "shopped"].contains(q[k]) else { continue }
            k += 1
            if q[k] == "from", q[k + 1] == "us" { k += 2 } else if q[k] == "with", q[k + 1] == "us" { k += 2 }
            guard q[k] == "before", let year = Lexicon.year(q[k + 1]) else { continue }
            // The year itself said elsewhere: the period those customers return in.
            guard q.words.indices.contains(where: { ($0 < i - 1 || $0 > k + 1) && Lexicon.year(q[$0]) == year }) else { continue }
            q.replace((i - 1)..<(k + 2), with: ["returning", "customers"])
            return
        }
    }

    /// "who's our most valuable customer ever", "our 3 biggest customers": the ones who spent the most (with no measure
    /// said after it; "biggest customer by orders" names its own).
    func rewriteBiggestCustomer(_ q: inout QuestionWords) {
        for i in 0..<q.count where (q[i] == "biggest" || (q[i] == "valuable" && q[i - 1] == "most")) && ["customer", "customers", "client", "clients", "buyer", "buyers"].contains(q[i + 1]) {
            guard !["by", "in", "for"].contains(q[i + 2]) || Lexicon.year(q[i + 3]) != nil || q[i + 3] == "each" else { continue }
            guard !q.words.contains(where: { ["orders", "units", "order", "quantity", "purchases"].contains($0) }) else { return }
            q.replace((i + 1)..<(i + 2), with: [q[i + 1].hasSuffix("s") ? "spenders" : "spender"])
        }
    }

    /// "our 5 youngest customers (latest birth dates)", "the oldest customer, earliest date of birth": what youngest and
    /// oldest mean, said again right after.
    func dropBirthDateAside(_ q: inout QuestionWords) {
        guard let i = q.words.firstIndex(where: { ["youngest", "oldest"].contains($0) }) else { return }
        let edge = q[i] == "youngest" ? ["latest", "most", "recent"] : ["earliest", "oldest"]
        for k in (i + 1)..<min(q.count, i + 4) where edge.contains(q[k]) {
            var end = k + 1
            if q[k] == "most", q[end] == "recent" { end += 1 }
            for date in [["birth", "dates"], ["birth", "date"], ["dates", "of", "birth"], ["date", "of", "birth"], ["birthdays"], ["dob"], ["dobs"]]
            where q.wordsMatched(date.joined(separator: " "), at: end) != nil {
                q.replace(k..<(end + date.count), with: [])
                return
            }
        }
    }
}
