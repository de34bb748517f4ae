import SemanticModel

/// "top 10 customers by gross profit, and which country each is in", "with their country": a column
/// shown beside each ranked or listed row. Read before slices, so it is not taken for a breakdown
/// or a ranking within each country.
extension QuestionParser {
    func parseDisplayColumns(_ q: inout QuestionWords, _ context: inout Context) {
        readShownList(&q, &context)
        defer { readShownDates(&q, &context) }
        for i in 0..<q.count where q.isFree(i) {
            var j = i + 1
            var end: Int?
            if ["with", "showing", "plus", "include", "including"].contains(q[i]) {
                if q[j] == "which" { j += 1 }
                while ["their", "its", "the", "his", "her"].contains(q[j]) { j += 1 }
            } else if ["show", "give", "list"].contains(q[i]), i > 0, q.sentenceStarts.contains(i) || q[i - 1] == "and", ["the", "their", "its", "each"].contains(q[j]) {
                // ("... never sold? show the cost", "and show their country": a later sentence naming a column of theirs.)
                while ["their", "its", "the", "each", "one"].contains(q[j]) { j += 1 }
            } else if q[i] == "and", ["their", "its"].contains(q[j]) {
                j += 1
            } else if q[i] == "and", q[j] == "which" {
                j += 1
            } else {
                continue
            }
            guard let (name, length) = dimensionPhrase(q, j), vocabulary.dimension(named: name)?.isTime == false else { continue }
            end = j + length
            // "with age measured in whole years as of ...": how an age is reckoned, said again; no column to show.
            if vocabulary.dimension(named: name)?.referenceDate != nil, ["measured", "computed", "calculated", "counted", "taken", "reckoned"].contains(q[end!]) {
                q.use(i..<(end! + 1))
                continue
            }
            // "with their name and country": each column of the list shown.
            var shown = [name]
            // (A list said with commas has lost them: "customer number, name and country".)
            while ["and", "plus"].contains(q[end!]) || (dimensionPhrase(q, end!).map { vocabulary.dimension(named: $0.0)?.table == vocabulary.dimension(named: name)?.table } ?? false) {
                var k = ["and", "plus"].contains(q[end!]) ? end! + 1 : end!
                while ["their", "its", "the", "his", "her", "which"].contains(q[k]) { k += 1 }
                guard let (next, n) = dimensionPhrase(q, k), let d = vocabulary.dimension(named: next), !d.isTime,
                    d.table == vocabulary.dimension(named: name)?.table
                else { break }
                shown.append(next)
                end = k + n
            }
            // "... which country each is in", "which country they are from"
            for tail in ["each is in", "each one is in", "they are in", "they are from", "theyre in", "theyre from", "each is from", "each comes from", "each"] {
                if let n = q.wordsMatched(tail, at: end!) { end = end! + n; break }
            }
            // (A row's name is shown with it anyway.)
            context.displayColumns += shown.filter { vocabulary.dimension(named: $0)?.role != .name || shown.count == 1 }
            q.use(i..<end!)
        }
    }

    /// "Who are our 10 oldest customers? Show name, country, birth date and their age": after the rows asked for, a list
    /// of their columns to show (the name is shown anyway). Read only as a list of columns of one table, and only after
    /// the question has asked for rows ("show revenue by country" opens a question; it is not read here).
    func readShownList(_ q: inout QuestionWords, _ context: inout Context) {
        // ("Please list their customer number, name and country": "list" with "their" lists columns, not rows.)
        guard
            let i = (1..<max(1, q.count)).first(where: {
                q.isFree($0) && (["show", "showing", "give", "display", "need"].contains(q[$0]) || (q[$0] == "list" && ["their", "its"].contains(q[$0 + 1])))
            }),
            q.words.contains(where: { ["top", "bottom", "oldest", "youngest", "who", "which", "list", "best", "worst", "highest", "lowest"].contains($0) })
        else { return }
        var j = i + 1
        if ["me", "us"].contains(q[j]) { j += 1 }
        var shown: [String] = []
        var table: String?
        var end = i + 1
        while j < q.count {
            while ["their", "the", "its", "his", "her", "and", "plus", "each", "ones", "one", "s"].contains(q[j]) { j += 1 }
            if ["name", "names"].contains(q[j]) {
                j += 1
                end = j
                continue
            }
            if q[j] == "full", ["name", "names"].contains(q[j + 1]) {
                j += 2
                end = j
                continue
            }
            var best: (String, Int)?
            for d in vocabulary.dimensions where d.table != vocabulary.factTable {
                for phrase in d.phrases + d.phrases.map({ $0 + "s" }) {
                    if let n = q.wordsMatched(phrase, at: j), n > (best?.1 ?? 0) { best = (d.name, n) }
                }
            }
            guard let (name, n) = best, let d = vocabulary.dimension(named: name), table == nil || table == d.table, (j..<(j + n)).allSatisfy(q.isFree) else { break }
            table = d.table
            if d.role != .name, !shown.contains(name) { shown.append(name) }
            j += n
            end = j
        }
        guard !shown.isEmpty else { return }
        for name in shown where !context.displayColumns.contains(name) { context.displayColumns.append(name) }
        q.use(i..<end)
    }

    func readShownDates(_ q: inout QuestionWords, _ context: inout Context) {
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
