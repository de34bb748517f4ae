/// "together with their revenue and rank", "show each one's rank number": the rank of each row is a column of the
/// answer, not the verb that asks for a ranking ("rank them by revenue" is followed by what is ranked). Read before
/// the sort words, so the verb is left for them.
extension QuestionParser {
    static let rankNouns: Set<String> = ["rank", "ranks", "ranking", "rankings"]

    func readShownRank(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        for i in 1..<max(1, q.count) where q.isFree(i) && Self.rankNouns.contains(q[i]) {
            let owners: Set<String> = ["their", "its", "the", "a", "each", "one"]
            let joins: Set<String> = ["and", "with", "plus", "showing", "show", "including", "include", "give", "display"]
            var start = i
            // "with each month's rank", "each product's rank": the owner named between "each" and the noun.
            if i >= 2, q[i - 2] == "each", ["month", "year", "quarter", "week", "day", "product", "customer"].contains(q[i - 1]) || dimensionNamed(q.words, i - 1) != nil {
                start = i - 2
            }
            while owners.contains(q[start - 1]) { start -= 1 }
            guard start < i || joins.contains(q[start - 1]) else { continue }
            if joins.contains(q[start - 1]) { start -= 1 }
            // What follows a noun: the end, "number"/"position", or the next column of a list ("their rank and revenue").
            var end = i + 1
            if ["number", "numbers", "position", "positions", "column"].contains(q[end]) { end += 1 }
            // "give each country a rank by 2013 revenue": a rank given by a measure, which the words after say.
            let givenBy = q[i - 1] == "a" && q[end] == "by" && end == i + 1
            guard end >= q.count || givenBy || ["too", "also", "and", "please", "pls", "as", "within", "in"].contains(q[end]) else { continue }
            // "... and rank them": a verb with its object is not a column.
            if end < q.count, ["as", "within", "in"].contains(q[end]), end == i + 1 { continue }
            for k in start..<end where q.isFree(k) { q.use(k..<(k + 1)) }
            intent.showRank = true
            if givenBy, intent.sortDescending == nil { intent.sortDescending = true }
        }
    }
}
