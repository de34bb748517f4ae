/// "top 10 customers by gross profit, and which country each is in", "with their country": a column
/// shown beside each ranked or listed row. Read before slices, so it is not taken for a breakdown
/// or a ranking within each country.
extension QuestionParser {
    func parseDisplayColumns(_ q: inout QuestionWords, _ context: inout Context) {
        for i in 0..<q.count where q.isFree(i) {
            var j = i + 1
            var end: Int?
            if ["with", "showing", "plus", "include", "including"].contains(q[i]) {
                if q[j] == "which" { j += 1 }
                while ["their", "its", "the", "his", "her"].contains(q[j]) { j += 1 }
            } else if q[i] == "and", ["their", "its"].contains(q[j]) {
                j += 1
            } else if q[i] == "and", q[j] == "which" {
                j += 1
            } else {
                continue
            }
            guard let (name, length) = dimensionPhrase(q, j), vocabulary.dimension(named: name)?.isTime == false else { continue }
            end = j + length
            // "... which country each is in", "which country they are from"
            for tail in ["each is in", "each one is in", "they are in", "they are from", "theyre in", "theyre from", "each is from", "each comes from", "each"] {
                if let n = q.wordsMatched(tail, at: end!) { end = end! + n; break }
            }
            context.displayColumns.append(name)
            q.use(i..<end!)
        }
    }
}
