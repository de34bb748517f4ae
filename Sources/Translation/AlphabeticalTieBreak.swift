import SemanticModel

/// "in descending order of customer count and alphabetically by country where counts are equal", "ties broken
/// alphabetically": rows level on the measure go by name, A to Z. Said of a ranking's rows, or of a sorted breakdown's
/// groups (named again, or not at all); another column is a second sort, which is left unread (and refused).
extension QuestionParser {
    /// "where counts are equal", "when two are level": words that say rows are level on the measure.
    static let levelWords: Set<String> = ["equal", "tied", "level", "same", "identical"]

    func readAlphabeticalTieBreak(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        guard intent.listing == nil else { return }
        for i in 0..<q.count where q.isFree(i) && ["alphabetically", "alphabetical"].contains(q[i]) {
            var start = i
            while start > 0, ["and", "then", "broken", "break", "ties", "tied", "ones", "rows"].contains(q[start - 1]), q.isFree(start - 1) { start -= 1 }
            var end = i + 1
            // "alphabetically by country": the breakdown's own column, or the name of what is ranked (the builder refuses any other).
            var column: String?
            if q[end] == "by" {
                let k = ["the", "their"].contains(q[end + 1]) ? end + 2 : end + 1
                if ["name", "names"].contains(q[k]) {
                    end = k + 1
                } else if let (name, n) = dimensionSaid(q.words, k), intent.groupBy.contains(name) {
                    // ("by country" read as the breakdown already: the same column, said again.)
                    column = name
                    end = k + n
                } else {
                    guard let (name, n) = dimensionPhrase(q, k) else { continue }
                    if vocabulary.dimension(named: name)?.role != .name { column = name }
                    end = k + n
                }
            } else if q[end] == "order" {
                end += 1
            }
            // "where counts are equal", "if tied", "when two are level": said of the rows level on the measure.
            let level = Self.levelWords.union(["tie", "ties"])
            if ["where", "when", "if", "for"].contains(q[end]), let e = q.span(end + 1, upTo: end + 6).first(where: { level.contains(q[$0]) }) {
                end = e + 1
            } else if !(start < i && ["ties", "tied", "broken"].contains(q[start])) && !(q[start] == "then") {
                continue
            }
            // ("by country" may have been read as the breakdown already, "where tied" as ties kept: said again.)
            for k in start..<end where q.isFree(k) { q.use(k..<(k + 1)) }
            if let column { intent.tieBreakColumn = column } else { intent.tieBreakByName = true }
        }
    }
}
