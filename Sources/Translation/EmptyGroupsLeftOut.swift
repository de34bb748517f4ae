/// "Countries with no such customers need not be listed", "categories where everything has sold need not appear": a
/// group with nothing to count is not a row of a count of the rows that pass a condition anyway, so a clause that
/// only allows leaving it out is read as said.
extension QuestionParser {
    /// Whether such a clause was read: the groups with nothing to count may then be left out.
    @discardableResult
    func readEmptyGroupsLeftOut(_ q: inout QuestionWords) -> Bool {
        var read = false
        // "only show subcategories where there's at least one": the groups with none go.
        for i in 0..<q.count where q[i] == "only" && ["show", "list", "include", "keep"].contains(q[i + 1]) && dimensionPlural(q[i + 2]) {
            var k = i + 3
            guard ["where", "with"].contains(q[k]) else { continue }
            k += 1
            while ["there", "is", "are", "theres", "s"].contains(q[k]) { k += 1 }
            guard q[k] == "at", q[k + 1] == "least", ["one", "1"].contains(q[k + 2]), (i..<(k + 3)).allSatisfy(q.isFree) else { continue }
            q.use(i..<(k + 3))
            read = true
        }
        // (Every question passes here: most have none of the clause's verbs.)
        guard q.words.contains(where: { ["need", "neednt", "left", "omitted"].contains($0) }) else { return read }
        for k in 1..<max(1, q.count) where q.isFree(k) {
            var end: Int?
            for phrase in [
                "need not be listed", "need not be shown", "need not be included", "need not appear", "neednt be listed", "neednt appear", "dont need to be listed", "dont need to appear", "do not need to be listed", "do not need to appear",
                "can be left out", "may be left out", "can be omitted", "may be omitted",
            ] {
                if let n = q.wordsMatched(phrase, at: k) { end = k + n; break }
            }
            guard let e = end else { continue }
            // Back to the groups the clause is about: "countries with no such customers", "categories where everything has sold".
            let clauseWords: Set<String> = ["where", "with", "without", "no", "such", "everything", "all", "has", "have", "sold", "any", "none", "nothing", "of", "them", "whose", "is", "are", "in", "that", "which", "been"]
            var s = k
            while s > max(0, k - 9), clauseWords.contains(q[s - 1]) || Lexicon.peopleWords.contains(q[s - 1]) || Lexicon.productWords.contains(q[s - 1]) { s -= 1 }
            guard s > 0, s < k, dimensionPlural(q[s - 1]) else { continue }
            for j in (s - 1)..<e where q.isFree(j) { q.use(j..<(j + 1)) }
            read = true
        }
        return read
    }

    /// "countries", "categories": a dimension named in the plural (the groups of a breakdown).
    private func dimensionPlural(_ word: String) -> Bool {
        guard word.hasSuffix("s") else { return false }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return vocabulary.dimensions.contains { d in d.phrases.contains(singular) || d.name == singular }
    }
}
