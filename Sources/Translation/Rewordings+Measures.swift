import Foundation
import SemanticModel

/// Rewordings of how measures, periods and rankings are said: a takings verb said of another measure, the average
/// period, the most profitable, an order in each of two periods, what an average is taken over.
extension QuestionParser {
    /// How many words the longest phrase of any measure takes at `k` ("average order value": 3), or nil.
    func measureLength(_ q: QuestionWords, at k: Int) -> Int? {
        vocabulary.metrics.compactMap { m in m.phrases.compactMap { q.wordsMatched($0, at: k) }.max() }.max()
    }

    /// "which customer brought in the most GP", "what % of 2013 GP was earned in each quarter": a verb of takings said of
    /// another measure is that measure's verb ("had"), not takings as a second measure. "customers whose lifetime GP is
    /// above 5,000" with no period: each one's total, which "lifetime" only says again.
    func rewriteVerbOfAnotherMeasure(_ q: inout QuestionWords) {
        let verbs: [[String]] = [["brought", "in"], ["earned"], ["generated"], ["gave", "us"], ["made"]]
        guard q.words.contains(where: { ["brought", "earned", "generated", "gave", "made", "lifetime"].contains($0) }), let revenue = vocabulary.metric(role: .revenue) else { return }
        // (Not takings per something: "lifetime spend per customer" is takings.)
        let others = vocabulary.metrics.filter { $0.name != revenue.name && $0.table == vocabulary.factTable && !$0.expr.hasPrefix("COUNT") && !$0.expr.hasPrefix(revenue.expr) }
        func otherMeasure(at k: Int) -> Int? { others.compactMap { m in m.phrases.compactMap { q.wordsMatched($0, at: k) }.max() }.max() }
        for verb in verbs {
            guard let i = q.firstIndex(of: verb) else { continue }
            let after = i + verb.count
            // ("generated more than 2,000 of GP": the amount may stand between.)
            let near = ((after)..<(after + 5)).contains { otherMeasure(at: $0) != nil } || (max(0, i - 4)..<i).contains { otherMeasure(at: $0) != nil }
            guard near else { continue }
            q.replace(i..<after, with: ["had"])
            break
        }
        if let i = q.words.firstIndex(of: "lifetime"), otherMeasure(at: i + 1) != nil, !q.words.contains(where: { Lexicon.year($0) != nil }) {
            q.replace(i..<(i + 1), with: [])
        }
    }

    /// "how many days in 2013 brought in more revenue than the average day (in 2013)": above-average revenue, the
    /// average of the same periods' totals.
    func rewriteMoreThanTheAveragePeriod(_ q: inout QuestionWords) {
        let grains: Set<String> = ["day", "week", "month", "quarter", "year"]
        for i in 0..<q.count where ["more", "less", "fewer"].contains(q[i]) {
            guard let t = ((i + 2)..<max(i + 2, min(q.count, i + 5))).first(where: { q[$0] == "than" }), q[t + 1] == "the", ["average", "avg", "mean"].contains(q[t + 2]), grains.contains(q[t + 3]),
                vocabulary.metrics.contains(where: { m in m.phrases.contains { q.wordsMatched($0, at: i + 1) == t - i - 1 } })
            else { continue }
            var end = t + 4
            // ("... than the average day in 2013": the period said again.)
            if q[end] == "in", Lexicon.year(q[end + 1]) != nil, q.words[..<i].contains(q[end + 1]), end + 2 >= q.count || q.sentenceStarts.contains(end + 2) { end += 2 }
            let measure = Array(q.words[(i + 1)..<t])
            q.replace(i..<end, with: [q[i] == "more" ? "above" : "below", "average"] + measure)
            return
        }
    }

    /// "the 3 least profitable bikes (by gross profit)": the bottom 3 by profit, a ranking of the things named.
    func rewriteMostProfitable(_ q: inout QuestionWords) {
        guard let i = (0..<q.count).first(where: { ["most", "least"].contains(q[$0]) && q[$0 + 1] == "profitable" }) else { return }
        let thing = i + 2
        let length = valueSpan(q, thing)?.1 ?? (Lexicon.productWords.contains(q[thing]) || Lexicon.peopleWords.contains(q[thing]) || dimensionPhrase(q, thing) != nil ? 1 : 0)
        guard length > 0 else { return }
        let end = thing + length
        // ("which products are the most profitable" is left to the ranking of "which".)
        if q[end] != "by" { q.replace(end..<end, with: ["by", "profit"]) }
        let word = q[i] == "most" ? "top" : "bottom"
        let count = Int(q[i - 1]) != nil ? [q[i - 1]] : []
        // ("the top 3 most profitable": the ranking said twice.)
        let start = i - count.count - (["top", "bottom"].contains(q[i - count.count - 1]) ? 1 : 0)
        q.replace(start..<(i + 2), with: [word] + count)
    }

    /// "customers who placed at least one order in Q3 2013 and at least one in Q4 2013": bought in both periods.
    func rewriteAtLeastOneInEach(_ q: inout QuestionWords) {
        let nouns: Set<String> = ["order", "orders", "purchase", "purchases", "sale"]
        guard let i = q.firstIndex(of: ["at", "least", "one"]) else { return }
        var a = i + 3
        if nouns.contains(q[a]) { a += 1 }
        guard ["in", "during"].contains(q[a]), let j = ((a + 2)..<max(a + 2, min(q.count, a + 8))).first(where: { q[$0] == "and" }) else { return }
        var b = j + 1
        if q[b] == "also" { b += 1 }
        guard q[b] == "at", q[b + 1] == "least", q[b + 2] == "one" else { return }
        b += 3
        if nouns.contains(q[b]) { b += 1 }
        guard ["in", "during"].contains(q[b]) else { return }
        q.replace(j..<(b + 1), with: ["and"])
        let start = ["placed", "made", "had", "with", "having"].contains(q[i - 1]) ? i - 1 : i
        q.replace(start..<(a + 1), with: ["ordered", "in", "both"])
    }

    /// "... more units than the average for their subcategory? Work the average out over the products in that subcategory
    /// that have sold at all.", "Base the average only on products that had 2013 sales.": an average of each one's
    /// total is over the ones with sales anyway, so the sentence says what the shape does.
    func dropAverageBaseSentence(_ q: inout QuestionWords) {
        guard q.words.contains("average") else { return }
        let openers: [[String]] = [
            ["work", "the", "average", "out"], ["work", "out", "the", "average"], ["base", "the", "average"], ["compute", "the", "average"], ["calculate", "the", "average"],
            ["take", "the", "average"],
        ]
        for s in q.sentenceStarts where s > 0 && openers.contains(where: { o in o.indices.allSatisfy { q[s + $0] == o[$0] } }) {
            let end = max(s, min(q.count, q.sentenceStarts.first(where: { $0 > s }) ?? q.count))
            guard (s..<end).contains(where: { ["sold", "sales", "sale"].contains(q[$0]) }), (0..<s).contains(where: { q[$0] == "average" }) else { continue }
            q.replace(s..<end, with: [])
            return
        }
    }
}

extension QuestionParser {
    /// "on how many days did revenue top 60,000", "months where sales topped 1m": "top" as a verb of an amount is
    /// "over", not a ranking. Only right after a measure, before a number with no rows named after it.
    func rewriteTopAsExceeded(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["top", "tops", "topped"].contains($0) }) else { return }
        let rowWords = Lexicon.peopleWords.union(Lexicon.productWords).union(vocabulary.tables.values.flatMap(\.synonyms))
        for i in 1..<max(1, q.count) where ["top", "tops", "topped"].contains(q[i]) {
            guard let n = Double(q[i + 1]), n >= 100, !rowWords.contains(q[i + 2]), dimensionNamed(q.words, i + 2) == nil,
                vocabulary.metrics.contains(where: { $0.phrases.contains(q[i - 1]) })
            else { continue }
            q.replace(i..<(i + 1), with: ["over"])
        }
    }
}

extension QuestionParser {
    /// "what did November and December 2013 bring in, combined?": with no measure named, what a period brought in is
    /// its takings.
    func rewriteWhatItBroughtIn(_ q: inout QuestionWords) {
        guard q[0] == "what", ["did", "does", "do"].contains(q[1]), let b = q.words.firstIndex(where: { ["bring", "brought", "bringing"].contains($0) }), q[b + 1] == "in",
            !(0..<q.count).contains(where: { k in vocabulary.metrics.contains { m in m.phrases.contains { q.wordsMatched($0, at: k) != nil } } })
        else { return }
        q.replace(0..<1, with: ["how", "much", "revenue"])
    }
}

extension QuestionParser {
    private static let averageGrains: Set<String> = [
        "day", "days", "daily", "month", "months", "monthly", "week", "weeks", "weekly", "quarter", "quarters", "quarterly", "year", "years", "yearly",
    ]

    /// "which days in December 2013 beat the average daily revenue for that month", "months with above-average revenue,
    /// compared with the average month of 2013": each period against the mean of the periods asked about, which "above
    /// average" says.
    func rewriteAboveTheAveragePeriod(_ q: inout QuestionWords) {
        guard q.words.contains("average") else { return }
        let beat: Set<String> = ["beat", "beats", "exceeded", "exceed", "exceeds", "outperformed", "outdid", "topped"]
        for i in stride(from: q.count - 1, through: 0, by: -1) where ["above", "below"].contains(q[i]) || beat.contains(q[i]) {
            if ["above", "below"].contains(q[i]), q[i + 1] == "average", let n = measureLength(q, at: i + 2), !q.words.contains(where: { Lexicon.peopleWords.contains($0) || Lexicon.productWords.contains($0) }) {
                // "had above-average revenue": revenue above average.
                q.replace(i..<(i + 2 + n), with: Array(q.words[(i + 2)..<(i + 2 + n)]) + [q[i], "average"])
            } else if q[i + 1] == "the", q[i + 2] == "average", Self.averageGrains.contains(q[i + 3]) {
                var end = i + 4
                let measure = measureLength(q, at: end).map { Array(q.words[end..<(end + $0)]) } ?? []
                end += measure.count
                // ("... for that month": the period the question is about.)
                if ["for", "in", "of"].contains(q[end]), ["that", "the", "this"].contains(q[end + 1]), ["month", "year", "quarter", "week", "period"].contains(q[end + 2]) { end += 3 }
                // "which days beat the average daily revenue": which days had revenue above average.
                q.replace(i..<end, with: beat.contains(q[i]) ? (measure.isEmpty ? ["were", "above", "average"] : ["had"] + measure + ["above", "average"]) : [q[i], "average"])
            }
        }
        // ("..., compared with the average month of 2013": the same mean, said again, of the period already named.)
        guard let a = (0..<q.count).first(where: { ["above", "below"].contains(q[$0]) && q[$0 + 1] == "average" }) else { return }
        for i in (a + 2)..<max(a + 2, q.count) where q[i] == "compared" && ["with", "to"].contains(q[i + 1]) && q[i + 2] == "the" && q[i + 3] == "average" {
            guard Self.averageGrains.contains(q[i + 4]) else { continue }
            var end = i + 5
            if ["of", "in"].contains(q[end]), Lexicon.year(q[end + 1]) != nil, q.words[0..<i].contains(q[end + 1]) { end += 2 }
            guard end >= q.count || q.sentenceStarts.contains(end) else { continue }
            q.replace(i..<end, with: [])
            break
        }
    }
}

extension QuestionParser {
    /// "on which date in 2013 did our cumulative revenue for the year first reach 5 million": a running total of one
    /// year, which the period already bounds; "for the year" is no breakdown by year.
    func dropYearOfRunningMeasure(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["cumulative", "running", "cumulated"].contains($0) }) else { return }
        for i in 0..<q.count where ["cumulative", "running", "cumulated"].contains(q[i]) {
            guard let n = measureLength(q, at: i + 1) else { continue }
            let k = i + 1 + n
            guard ["for", "within", "over", "across"].contains(q[k]), q[k + 1] == "the", q[k + 2] == "year" else { continue }
            q.replace(k..<(k + 3), with: [])
            return
        }
    }
}

extension QuestionParser {
    /// "first-half revenue for each year", "H1 revenue for 2011, 2012 and 2013": a half of every year (January to June,
    /// July to December), or the same half of each year listed.
    func rewriteHalfOfEachYear(_ q: inout QuestionWords) {
        guard q.words.contains(where: { ["half", "h1", "h2"].contains($0) }) else { return }
        let halves: [([String], Bool)] = [(["first", "half"], true), (["1st", "half"], true), (["h1"], true), (["second", "half"], false), (["2nd", "half"], false), (["h2"], false)]
        guard let (phrase, first) = halves.first(where: { q.firstIndex(of: $0.0) != nil }), let i = q.firstIndex(of: phrase) else { return }
        let end = i + phrase.count
        // ("H1 (Jan-Jun)": the half's months, said again; after the half, so removing it moves nothing before.)
        if let a = q.asides.first(where: { $0.count == 3 && q[$0.lowerBound + 1] == "to" && $0.lowerBound >= end }),
            Lexicon.months[q[a.lowerBound]] == (first ? 1 : 7), Lexicon.months[q[a.lowerBound + 2]] == (first ? 6 : 12)
        {
            q.replace(a, with: [])
        }
        // ("the first half of 2013", "H1 2013": a half of one year, read as it is.)
        guard Lexicon.year(q[end]) == nil, !(q[end] == "of" && (Lexicon.year(q[end + 1]) != nil || ["the", "that", "last", "this"].contains(q[end + 1]))) else { return }
        let eachYear = (0..<q.count).contains { ["each", "every", "per", "by"].contains(q[$0]) && ["year", "years"].contains(q[$0 + 1]) } || q.words.contains("yearly")
        let years = (0..<q.count).filter { Lexicon.year(q[$0]) != nil }
        if eachYear {
            // ("first half of each year": the words after the half name the years.)
            q.replace(i..<(q[end] == "of" ? end + 1 : end), with: first ? ["january", "to", "june"] : ["july", "to", "december"])
        } else if years.count >= 2, years.allSatisfy({ $0 > end }) {
            for y in years.reversed() { q.replace(y..<y, with: [first ? "h1" : "h2"]) }
            q.replace(i..<end, with: [])
        }
    }
}

extension QuestionParser {
    /// "revenue for every quarter, shown next to the revenue of the same quarter one year earlier": beside the same
    /// quarter (the measure named again is the one already asked for).
    func rewriteNextToTheSamePeriod(_ q: inout QuestionWords) {
        guard let i = q.firstIndex(of: ["next", "to", "the"]) else { return }
        var k = i + 3
        if let n = measureLength(q, at: k), q[k + n] == "of", q[k + n + 1] == "the" {
            k += n + 2
        } else {
            k = i + 3
        }
        guard q[k] == "same" else { return }
        let start = ["shown", "set", "placed", "put"].contains(q[i - 1]) ? i - 1 : i
        q.replace(start..<k, with: ["beside", "the"])
    }
}
