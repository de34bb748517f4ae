import Foundation

/// Wordings of measures compared and ranked: days over an amount, measures side by side, rows listed by a measure, the top set the rest is about, unsold rows skipped, things that fell or rose between two periods.
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

    /// "bottom 5 sellers of 2013 - skip anything that didn't sell at all that year", "ignore bikes with no sales in that
    /// country": only what sold counts (the words the restriction to sold things is read from).
    func rewriteSkipUnsold(_ q: inout QuestionWords) {
        let verbs: [[String]] = [["ignore"], ["ignoring"], ["skip"], ["skipping"], ["leave", "out"], ["leaving", "out"], ["exclude"], ["excluding"], ["drop"], ["omit"]]
        let clauses: [[String]] = [
            ["that", "didnt", "sell", "at", "all"], ["that", "didnt", "sell"], ["that", "did", "not", "sell"], ["that", "never", "sold"], ["with", "no", "sales", "at", "all"],
            ["with", "no", "sales"], ["without", "sales"], ["without", "any", "sales"], ["with", "zero", "sales"], ["that", "had", "no", "sales"], ["that", "have", "no", "sales"],
        ]
        for i in 0..<q.count {
            guard let verb = verbs.first(where: { v in v.indices.allSatisfy { q[i + $0] == v[$0] } }) else { continue }
            var k = i + verb.count
            if ["the", "any"].contains(q[k]) { k += 1 }
            guard ["anything", "ones", "those", "products", "items"].contains(q[k]) || Lexicon.productWords.contains(q[k]) || valueAt(q, k) != nil else { continue }
            k += valueSpan(q, k)?.length ?? 1
            guard let clause = clauses.first(where: { c in c.indices.allSatisfy { q[k + $0] == c[$0] } }) else { continue }
            var end = k + clause.count
            // ("... in that country", "that year", "in 2013": the ranking's own group or period, said again.)
            for tail in [["in", "that", "country"], ["in", "that", "year"], ["that", "year"], ["in", "that", "period"], ["in", "that", "category"], ["in", "that", "subcategory"]]
            where tail.indices.allSatisfy({ q[end + $0] == tail[$0] }) {
                end += tail.count
                break
            }
            if q[end] == "in", let year = Lexicon.year(q[end + 1]), q.words.indices.contains(where: { ($0 < i || $0 > end + 1) && Lexicon.year(q[$0]) == year }) { end += 2 }
            q.replace(i..<end, with: ["only", "things", "that", "have", "sold"])
            return
        }
    }

    /// "show revenue next to the cost of the goods we sold", "units alongside revenue": two measures side by side.
    func rewriteMeasureNextToMeasure(_ q: inout QuestionWords) {
        for i in 0..<q.count where (q[i] == "next" && q[i + 1] == "to") || ["alongside", "beside"].contains(q[i]) {
            let length = q[i] == "next" ? 2 : 1
            let before = measuresNamedAt(q, end: i)
            let after = measuresNamedAt(q, start: i + length + (["the", "our", "their"].contains(q[i + length]) ? 1 : 0))
            guard before, after else { continue }
            q.replace(i..<(i + length), with: ["and"])
            return
        }
    }

    /// Whether a measure's phrase ends right at `end` (or starts right at `start`).
    func measuresNamedAt(_ q: QuestionWords, end: Int? = nil, start: Int? = nil) -> Bool {
        for m in vocabulary.metrics {
            for phrase in m.phrases {
                let n = phrase.split(separator: " ").count
                if let end, end - n >= 0, q.wordsMatched(phrase, at: end - n) == n { return true }
                if let start, q.wordsMatched(phrase, at: start) != nil { return true }
            }
        }
        return false
    }

    /// "List the countries by number of registered customers, largest first, with the count for each": the countries
    /// sliced by the measure (sorted as said); "list" asks for no rows of a table here.
    func rewriteListByMeasure(_ q: inout QuestionWords) {
        guard let i = q.words.firstIndex(of: "list") else { return }
        var k = i + 1
        while ["the", "all", "our", "of"].contains(q[k]) { k += 1 }
        guard let said = dimensionSaid(q.words, k) else { return }
        // "list the subcategories (under Components) that have never had a single sale": which of them.
        if let end = (k + said.length..<min(q.count, k + said.length + 6)).first(where: { ["that", "which", "where"].contains(q[$0]) }),
            (k + said.length..<end).allSatisfy({ ["in", "under", "of", "and", "or", "the", "our"].contains(q[$0]) || valueAt(q, $0) != nil })
        {
            q.replace(end..<(end + 1), with: [])
            q.replace(i..<k, with: ["which"])
            return
        }
        guard q[k + said.length] == "by", measuresNamedAt(q, start: k + said.length + 1) || q[k + said.length + 1] == "number" else { return }
        q.replace(i..<k, with: [])
        for phrase in [["with", "the", "count", "for", "each"], ["with", "the", "count", "of", "each"], ["with", "the", "count"], ["with", "their", "count"], ["with", "counts"]] {
            q.replaceAll(phrase, with: [])
        }
    }

    /// "What do our best customers buy? Take the top 10 customers by lifetime spend and give me their combined revenue per
    /// product category": the top set the rest is about, as "for our top 10 customers by lifetime spend, their ...". A
    /// short question before it that only names the best ones is a heading.
    func rewriteTakeTheTop(_ q: inout QuestionWords) {
        guard let i = (0..<q.count).first(where: { ["take", "taking", "consider", "considering"].contains(q[$0]) }) else { return }
        let k = ["the", "our"].contains(q[i + 1]) ? i + 2 : i + 1
        guard ["top", "best", "biggest"].contains(q[k]), Int(q[k + 1]) ?? Lexicon.numberWords[q[k + 1]] != nil,
            Lexicon.peopleWords.contains(q[k + 2]) || Lexicon.productWords.contains(q[k + 2]), q[k + 3] == "by"
        else { return }
        for lead in [["and", "give", "me", "their"], ["and", "show", "me", "their"], ["and", "tell", "me", "their"], ["then", "give", "me", "their"], ["and", "give", "their"]] {
            q.replaceAll(lead, with: ["their"])
        }
        let heading = i > 0 && i <= 7 && (0..<i).contains { ["best", "top", "biggest"].contains(q[$0]) } && (0..<i).contains { Lexicon.peopleWords.contains(q[$0]) || Lexicon.productWords.contains(q[$0]) }
        q.replace((heading ? 0 : i)..<k, with: ["for", "our"])
    }

    /// "which countries saw their bike revenue drop from Q3 2013 to Q4 2013", "which subcategories grew their units from
    /// 2012 to 2013": the things whose measure was lower (higher) in the later period than in the earlier, said as
    /// "had lower bike revenue in Q4 2013 than in Q3 2013". Not with "the most" (a ranking of the changes) or "by how
    /// much" beside "each" (every row with its change).
    func rewriteWhichChangedFromTo(_ q: inout QuestionWords) {
        guard q.words.contains("which"), !q.words.contains(where: { ["most", "least", "biggest", "largest", "smallest", "fastest"].contains($0) }) else { return }
        let down: Set<String> = ["drop", "dropped", "fall", "fell", "decline", "declined", "decrease", "decreased", "shrink", "shrank", "shrunk"]
        let up: Set<String> = ["grow", "grew", "rise", "rose", "increase", "increased"]
        for i in 0..<q.count where down.contains(q[i]) || up.contains(q[i]) {
            var measure: [String] = []
            var start = i
            var k = i + 1
            if ["saw", "see", "had"].contains(q[i - 1]) || ["their", "its"].contains(q[i - 1]) || measuresNamedAt(q, end: i) {
                // "saw their bike revenue drop from ...": the measure before the verb.
                var b = i - 1
                while b > 0, !["saw", "see", "had", "did", "have"].contains(q[b]), measure.count < 4 {
                    measure.insert(q[b], at: 0)
                    b -= 1
                }
                guard ["saw", "see", "had", "did", "have"].contains(q[b]) else { continue }
                start = b
            } else {
                // "grew their units from ...": the measure after it.
                if ["their", "its", "the"].contains(q[k]) { k += 1 }
                while k < q.count, q[k] != "from", measure.count < 4 {
                    measure.append(q[k])
                    k += 1
                }
            }
            measure.removeAll { ["their", "its", "the"].contains($0) }
            guard !measure.isEmpty else { continue }
            var first: [String] = [], second: [String] = []
            var end = k
            if q[k] == "from", let (p1, w1) = periodWindow(q, from: k + 1), q[w1.last! + 1] == "to", let (p2, w2) = periodWindow(q, from: w1.last! + 2),
                (p1.until ?? "") <= (p2.from ?? "~")
            {
                first = Array(q.words[w1.first!...w1.last!])
                second = Array(q.words[w2.first!...w2.last!])
                end = w2.last! + 1
            } else if ["in", "during"].contains(q[k]), let (p2, w2) = periodWindow(q, from: k + 1), ["compared", "versus", "vs", "against", "relative"].contains(q[w2.last! + 1]) {
                // "saw bike revenue drop in Q4 2013 compared with Q3 2013": the later period first.
                var b = w2.last! + 2
                if ["with", "to"].contains(q[b]) { b += 1 }
                guard let (p1, w1) = periodWindow(q, from: b), (p1.until ?? "") <= (p2.from ?? "~") else { continue }
                first = Array(q.words[w1.first!...w1.last!])
                second = Array(q.words[w2.first!...w2.last!])
                end = w1.last! + 1
            } else {
                continue
            }
            q.replace(start..<end, with: ["had", up.contains(q[i]) ? "higher" : "lower"] + measure + ["in"] + second + ["than", "in"] + first)
            return
        }
    }
}

extension QuestionParser {
    /// "which months of 2013 brought in less revenue than the month before", "which quarters had more orders than the
    /// previous quarter": the periods whose measure fell (rose) from the one before, as "in which months did revenue
    /// fall compared with the month before" says it. Only the period just before; a year-ago month is another question.
    func rewriteLessThanPeriodBefore(_ q: inout QuestionWords) {
        let grains: Set<String> = ["month", "quarter", "year", "week", "day"]
        let lower: Set<String> = ["less", "lower", "fewer", "smaller", "worse"]
        let higher: Set<String> = ["more", "higher", "greater", "bigger", "larger", "better"]
        guard let w = q.words.firstIndex(of: "which"), grains.contains(String(q[w + 1].dropLast())), q[w + 1].hasSuffix("s") else { return }
        for i in (w + 2)..<q.count where lower.contains(q[i]) || higher.contains(q[i]) {
            guard let t = q.span(i + 1, upTo: i + 6).first(where: { q[$0] == "than" }), t > i + 1 else { continue }
            var k = t + 1
            if ["in", "during", "for"].contains(q[k]) { k += 1 }
            if ["the", "its", "a"].contains(q[k]) { k += 1 }
            let grain: String
            if grains.contains(q[k]), ["before", "earlier", "prior"].contains(q[k + 1]) {
                grain = q[k]
                k += 2
            } else if ["previous", "prior", "preceding"].contains(q[k]), grains.contains(q[k + 1]) {
                grain = q[k + 1]
                k += 2
            } else {
                continue
            }
            guard q[w + 1] == grain + "s" else { return }
            // The verb that had the measure ("brought in", "had", "saw") goes with the comparison.
            let verbs: Set<String> = [
                "had", "have", "has", "brought", "bring", "in", "saw", "see", "generated", "made", "did", "we", "take", "took", "do", "earn", "earned", "get", "got",
                "receive", "received",
            ]
            var v = i
            while v > w + 2, verbs.contains(q[v - 1]) { v -= 1 }
            let measure = Array(q.words[(i + 1)..<t])
            // (The verb must stay near "which", where the condition on each period's change is read.)
            guard v + 1 + measure.count - w <= 7 else { return }
            q.replace(v..<k, with: ["did"] + measure + [lower.contains(q[i]) ? "fall" : "rise", "compared", "with", "the", grain, "before"])
            return
        }
    }
}

extension QuestionParser {
    /// "which three bikes sold the most": the count in digits, as "which 3 bikes" reads it.
    func rewriteWhichCountInWords(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["which", "what"].contains(q[i]) {
            guard let n = Lexicon.numberWords[q[i + 1]], (2...Self.maxRankCount).contains(n), q.words.contains(where: { ["most", "least", "highest", "lowest", "best", "worst", "top", "biggest"].contains($0) }) else { continue }
            q.replace((i + 1)..<(i + 2), with: [String(n)])
        }
    }
}

extension QuestionParser {
    /// "how much more revenue did we make in 2013 than in 2012", "how many more orders did we get in Q4 than in Q3": the
    /// amount the measure changed from the second period to the first, as "how much did revenue change from 2012 to
    /// 2013" reads it. Only "more" (which way a "fewer" is counted is not guessed).
    func rewriteHowMuchMoreThan(_ q: inout QuestionWords) {
        guard q[0] == "how", ["much", "many"].contains(q[1]), q[2] == "more" else { return }
        var k = 3
        var measure: [String] = []
        while k < q.count, !["did", "do", "does", "was", "were", "in", "during"].contains(q[k]), measure.count < 4 {
            measure.append(q[k])
            k += 1
        }
        guard !measure.isEmpty, let p = (k..<min(q.count, k + 5)).first(where: { ["in", "during"].contains(q[$0]) }),
            let (later, w2) = periodWindow(q, from: p + 1), q[w2.last! + 1] == "than"
        else { return }
        var b = w2.last! + 2
        if ["in", "during"].contains(q[b]) { b += 1 }
        // ("... than in 2011? just the difference": the change is what is answered anyway.)
        guard let (earlier, w1) = periodWindow(q, from: b), (earlier.until ?? "") <= (later.from ?? "~"),
            ((w1.last! + 1)..<max(w1.last! + 1, q.count)).allSatisfy({ ["just", "only", "the", "difference", "please", "pls", "thanks"].contains(q[$0]) })
        else { return }
        let first = Array(q.words[w1.first!...w1.last!])
        let second = Array(q.words[w2.first!...w2.last!])
        q.replace(0..<q.count, with: ["how", "much", "did"] + measure + ["change", "from"] + first + ["to"] + second)
    }
}

extension QuestionParser {
    /// "in which month of 2013 did accessories revenue peak": was highest. "number of women buying mountain bikes": who
    /// bought them.
    func rewritePeakAndBuying(_ q: inout QuestionWords) {
        for i in 0..<q.count where ["peak", "peaked", "top", "bottom", "bottomed"].contains(q[i]) && (q[i + 1].isEmpty || !Lexicon.peopleWords.contains(q[i + 1])) {
            // (Only "did <measure> peak" after "which"/"what"/"when": "top 5" and "peak season" are something else.)
            guard ["peak", "peaked"].contains(q[i]) || q[i + 1] == "out", let d = (max(0, i - 6)..<i).last(where: { q[$0] == "did" }),
                (0..<d).contains(where: { ["which", "what", "when"].contains(q[$0]) })
            else { continue }
            let low = ["bottom", "bottomed"].contains(q[i])
            q.replace(i..<(i + (q[i + 1] == "out" ? 2 : 1)), with: [low ? "lowest" : "highest"])
            q.replace(d..<(d + 1), with: ["was"])
            break
        }
        for i in 1..<max(1, q.count) where q[i] == "buying" && (Lexicon.peopleWords.contains(q[i - 1]) || ["women", "men", "females", "males"].contains(q[i - 1])) {
            q.replace(i..<(i + 1), with: ["who", "bought"])
        }
    }
}

extension QuestionParser {
    /// "is it true that men outnumber women among our customers": how many of each, side by side.
    func rewriteOutnumber(_ q: inout QuestionWords) {
        guard let i = q.words.firstIndex(where: { ["outnumber", "outnumbers", "outnumbered"].contains($0) }), i > 0,
            let (a, _) = valueSpan(q, i - 1), let (b, n) = valueSpan(q, i + 1), a.dimension == b.dimension
        else { return }
        var end = i + 1 + n
        var people = ["customers"]
        if ["among", "amongst", "in"].contains(q[end]) {
            var k = end + 1
            if ["our", "the", "all"].contains(q[k]) { k += 1 }
            if Lexicon.peopleWords.contains(q[k]) {
                people = [q[k]]
                end = k + 1
            }
        }
        // The question's opening ("is it true that", "do") goes: what is asked is the two counts.
        // (Only such an opening: "in France, ..." stays.)
        let opening = (0..<(i - 1)).allSatisfy { ["is", "it", "true", "that", "do", "does", "did", "if", "whether", "really", "the", "case"].contains(q[$0]) }
        q.replace((opening ? 0 : i - 1)..<end, with: ["how", "many"] + people + ["are"] + [q[i - 1], "vs", q[i + 1]])
    }
}

extension QuestionParser {
    /// "For each of Germany, France and the United Kingdom, which bike sold the most units (to customers in that
    /// country)": those values, each on its own: a filter to them and a ranking in each.
    func rewriteForEachOfValues(_ q: inout QuestionWords) {
        guard let i = q.firstIndex(of: ["for", "each", "of"]) ?? q.firstIndex(of: ["in", "each", "of"]) else { return }
        var k = i + 3
        var values: [String] = []
        var dimension: String?
        while true {
            if q[k] == "the" { k += 1 }
            guard let (value, n) = valueSpan(q, k), dimension == nil || value.dimension == dimension else { break }
            dimension = value.dimension
            values += Array(q.words[k..<(k + n)])
            k += n
            guard ["and", "or"].contains(q[k]) || valueSpan(q, k) != nil || (q[k] == "the" && valueSpan(q, k + 1) != nil) else { break }
            if ["and", "or"].contains(q[k]) {
                values.append("and")
                k += 1
            }
        }
        guard let dimension, values.filter({ $0 != "and" }).count >= 2 else { return }
        let words = dimension.split(separator: "_").map(String.init)
        q.replace(i..<k, with: ["in"] + values + ["in", "each"] + words)
        // "... in that country": the group each is ranked in, said again.
        for lead in [["to", "customers", "in", "that"], ["for", "customers", "in", "that"], ["in", "that"], ["of", "that"]] {
            if let j = q.firstIndex(of: lead + words), j > i + values.count + 3 { q.replace(j..<(j + lead.count + words.count), with: []) }
        }
    }
}
