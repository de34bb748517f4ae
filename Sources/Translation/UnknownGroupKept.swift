/// "with unknown gender kept as its own group", "customers without a birth date should be shown as a separate unknown
/// group", "plus a row for customers with no birth date": the unknown rows of a breakdown stay rows of their own anyway
/// (the conventions' rule), so a clause that only says so is read as said. A clause must name the unknown value (by
/// "unknown", "not recorded", "missing", or "no"/"without" and a column) and say it is kept apart ("own", "separate",
/// "kept", "shown"); "products with no sales, one row per category" names no column and is left alone.
extension QuestionParser {
    func readUnknownGroupKept(_ q: inout QuestionWords) {
        let breakdown =
            q.words.contains { ["by", "per", "each", "every", "group", "groups", "band", "bands", "split", "breakdown"].contains($0) }
            && !q.words.contains { ["vs", "versus", "compared", "against"].contains($0) }
        let terminals: Set<String> = ["group", "groups", "row", "rows", "line", "lines", "separately", "bucket", "band"]
        guard breakdown, q.words.contains(where: terminals.contains) else { return }
        // (Not "and": "60 and over, with customers of unknown age shown separately" ends a band first.)
        let starts: Set<String> = ["with", "keeping", "keep", "plus", "include", "including", "showing", "show", "put", "those", "anyone", "everyone"]
        let keeps: Set<String> = ["own", "separate", "separately", "kept", "keep", "keeping", "shown", "show", "showing"]
        var i = 0
        while i < q.count {
            defer { i += 1 }
            guard q.isFree(i), starts.contains(q[i]) || Lexicon.peopleWords.contains(q[i]) || vocabulary.tables.values.contains(where: { $0.synonyms.contains(q[i]) }) else { continue }
            // People start a clause only when it says which of them ("customers without a birth date ..."); "split by
            // customer gender (unknown gender as its own group)" starts at "unknown", the breakdown staying.
            let qualifiers: Set<String> = ["with", "without", "whose", "who", "that", "having", "where", "lacking", "missing", "no", "not", "of", "unknown"]
            if !starts.contains(q[i]), !qualifiers.contains(q[i + 1]) { continue }
            // The unknown value named: where it ends.
            func unknownEnd(from start: Int, to limit: Int) -> Int? {
                for k in start..<limit {
                    if ["unknown", "unrecorded", "missing", "na"].contains(q[k]) { return k + 1 }
                    if ["not", "isnt", "arent", "wasnt"].contains(q[k]), let n = ["recorded", "known", "given", "on file", "filled in", "set"].compactMap({ q.wordsMatched($0, at: k + 1) }).first {
                        return k + 1 + n
                    }
                    if ["no", "without"].contains(q[k]) {
                        let j = ["a", "an", "any"].contains(q[k + 1]) ? k + 2 : k + 1
                        if let (_, n) = dimensionPhrase(q, j) ?? timeDimensionPhrase(q, j) { return j + n }
                    }
                }
                return nil
            }
            let limit = min(q.count, i + 16)
            var end: Int?
            if let t = ((i + 1)..<limit).first(where: { terminals.contains(q[$0]) }) {
                // ("... should be a group of their own", "counted in a row of its own": the keeping said after the row.)
                let ownAfter = q[t + 1] == "of" && ["their", "its"].contains(q[t + 2]) && q[t + 3] == "own"
                let said = (i..<t).contains { keeps.contains(q[$0]) } || keeps.contains(q[t]) || ownAfter
                if said, unknownEnd(from: i, to: t) != nil {
                    end = ownAfter ? t + 4 : t + 1
                } else if ["a", "an"].contains(q[t - 1]) || (q[t - 1] == "unknown" && ["a", "an"].contains(q[t - 2])), q[t + 1] == "for",
                    let e = unknownEnd(from: t + 2, to: min(q.count, t + 9))
                {
                    // "plus a row for customers with no birth date": the row first, then whose it is.
                    end = e
                }
            }
            // A clause that restates the rule breaks nothing down itself ("customers by country, keeping ..." starts later),
            // and asks for no measure ("with their share of the total, unknown status as its own line": the clause is the
            // part after the share).
            let asked: Set<String> = ["share", "percent", "percentage", "proportion", "total", "sum", "average", "count", "number"]
            guard var e = end, (i..<e).allSatisfy(q.isFree), !(i..<e).contains(where: { ["by", "per", "each", "every"].contains(q[$0]) || asked.contains(q[$0]) }) else { continue }
            if q.wordsMatched("as well", at: e) != nil { e += 2 } else if ["too", "included"].contains(q[e]) { e += 1 }
            q.use(i..<e)
            i = e - 1
        }
    }
}
