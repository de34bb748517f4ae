import SemanticModel

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
        // "our oldest customer - need the name and date of birth", "with their birthday": a date of the rows themselves
        // shown beside them. Not when a period follows ("with a birth date before 1950" is a filter).
        let periodWords: Set<String> = ["before", "after", "in", "since", "between", "from", "on", "of", "until", "during", "prior"]
        for d in vocabulary.dimensions where d.isTime && d.table != vocabulary.factTable {
            for phrase in d.phrases {
                guard let j = q.find(phrase), q.isFree(j), let length = q.wordsMatched(phrase, at: j), !periodWords.contains(q[j + length]), Int(q[j + length]) == nil
                else { continue }
                var k = j - 1
                while ["their", "its", "the", "his", "her"].contains(q[k]) { k -= 1 }
                // "the name and date of birth": the name is shown anyway, with the rows it names.
                if q[k] == "and", ["name", "names"].contains(q[k - 1]) {
                    q.use((k - (q[k - 2] == "full" ? 2 : 1))..<k)
                } else if q[k] == "and" {
                    for n in [2, 1] where dimensionPhrase(q, k - n).map({ $0.1 == n && vocabulary.dimension(named: $0.0)?.role == .name }) == true {
                        q.use((k - n)..<k)
                        break
                    }
                }
                guard ["and", "with", "plus", "showing", "include", "including"].contains(q[k]) else { continue }
                if !context.displayColumns.contains(d.name) { context.displayColumns.append(d.name) }
                q.use(k..<(j + length))
                break
            }
        }
    }
}
