import Foundation
import SemanticModel

/// "Bikes versus everything else: how much revenue from each?", "revenue from helmets vs all other products": the values
/// named set against all the others, two rows (the rest as one), where a filter would drop the rest and a slice would
/// split it.
extension QuestionParser {
    func parseVersusRest(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let links: Set<String> = ["vs", "versus", "against", "and", "or"]
        // (The link may have been read as a comparison already; the rest's words are what matter.)
        for i in 0..<q.count where links.contains(q[i]) || (q[i] == "compared" && ["with", "to"].contains(q[i + 1])) {
            var k = q[i] == "compared" ? i + 2 : i + 1
            if ["from", "for", "on", "with"].contains(q[k]) { k += 1 }
            guard let length = restLength(q, k), (k..<(k + length)).contains(where: { q.isFree($0) && ["else", "rest", "others", "other"].contains(q[$0]) }) else { continue }
            // The values named last before the link are the ones set against the rest.
            let before = intent.filters.filter { (context.filterStarts[$0.dimension] ?? Int.max) < i }
            guard let f = before.max(by: { context.filterStarts[$0.dimension]! < context.filterStarts[$1.dimension]! }) else { return }
            guard f.values.allSatisfy(QueryIntent.isPlainValue) else {
                context.conflicts.append("\(f.dimension.replacingOccurrences(of: "_", with: " ")) values of that kind set against everything else")
                return
            }
            intent.versusRest = f
            intent.filters.removeAll { $0 == f }
            q.use(i..<(k + length))
            // ("German customers vs all other customers": the people of the value named.)
            for p in (context.filterStarts[f.dimension] ?? i)..<i where q.isFree(p) && (Lexicon.peopleWords.contains(q[p]) || q[p] == "customer") { q.use(p..<(p + 1)) }
            // "vs all other customers lumped together (every other country, unknown country too)": the rest as one,
            // said again of the column.
            var j = k + length
            while ["combined", "together", "lumped", "pooled"].contains(q[j]) {
                if q.isFree(j) { q.use(j..<(j + 1)) }
                j += 1
            }
            if ["every", "all", "any"].contains(q[j]), q[j + 1] == "other", let (_, n) = dimensionPhrase(q, j + 2) {
                for p in j..<(j + 2 + n) where q.isFree(p) { q.use(p..<(p + 1)) }
                j += 2 + n
                if q[j] == "unknown", let (_, m) = dimensionPhrase(q, j + 1), ["too", "included", "also"].contains(q[j + 1 + m]) {
                    for p in j..<(j + 2 + m) where q.isFree(p) { q.use(p..<(p + 1)) }
                }
            }
            // ("how much revenue from each": the two rows.)
            _ = q.take(["from each", "for each", "of each", "each"])
            return
        }
    }

    /// The length of "everything else", "the rest", "all other categories", "every other product" at `k`; nil when none.
    private func restLength(_ q: QuestionWords, _ k: Int) -> Int? {
        let phrases = [
            "everything else", "anything else", "all the rest", "the rest", "all the others", "all others", "the others", "everyone else",
            "all other products", "all other items", "all other stuff",
        ]
        if let n = phrases.compactMap({ q.wordsMatched($0, at: k) }).max() { return n }
        // "all other categories", "every other subcategory", "other countries": a column named in the plural.
        let start = ["all", "every", "any"].contains(q[k]) ? (q[k + 1] == "the" ? k + 2 : k + 1) : k
        // ("all other customers": the people of every other value.)
        if q[start] == "other", Lexicon.peopleWords.contains(q[start + 1]) || q[start + 1] == "customer" { return start + 2 - k }
        guard q[start] == "other", let said = dimensionSaid(q.words, start + 1) ?? dimensionSaid(q.words.map { $0.hasSuffix("ies") ? String($0.dropLast(3)) + "y" : $0 }, start + 1)
        else { return nil }
        return start + 1 + said.length - k
    }
}

extension SQLBuilder {
    /// The slice column: the values named, or everything else.
    func versusRestExpr(_ rest: QueryIntent.ValueFilter) throws -> (String, String) {
        let label = rest.values.joined(separator: " and ")
        return ("CASE WHEN \(try condition(rest)) THEN \(quote(label)) ELSE 'Everything else' END", "\(try dimension(rest.dimension).name)_group")
    }
}
