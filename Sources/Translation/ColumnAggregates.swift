import SemanticModel

/// "the average, lowest and highest product cost", "youngest and oldest customer ages": aggregates
/// of a number held by a dimension table, over that table's rows. Read before rankings, so that
/// "lowest" and "highest" here are measures, not a top/bottom cut.
extension QuestionParser {
    static let aggregateWords: [String: String] = [
        "average": "avg", "mean": "avg", "typical": "avg",
        "lowest": "min", "minimum": "min", "min": "min", "smallest": "min", "cheapest": "min", "youngest": "min",
        "highest": "max", "maximum": "max", "max": "max", "largest": "max", "biggest": "max", "oldest": "max", "priciest": "max",
        "costliest": "max",
    ]

    /// "the most expensive bike, going by cost", "cheapest bike in each subcategory by cost": a ranking of
    /// rows by their own number, named in the question (never guessed: a price and a cost differ).
    func claimRankingByColumn(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let cues: [(String, Bool)] = [
            ("most expensive", true), ("priciest", true), ("costliest", true), ("least expensive", false),
            ("cheapest", false), ("oldest", true), ("youngest", false),
        ]
        // "which product has the highest cost": a ranking word right before a number of the rows ranked.
        // ("what is the highest cost" asks for the number itself, read below; "the average, lowest and highest cost" too.)
        // "what's the highest-cost bike": the thing named right after the number is what is asked for, too.
        if let i = (0..<q.count).first(where: { q.isFree($0) && ["highest", "lowest", "biggest", "smallest", "largest"].contains(q[$0]) && numericColumn(q, at: $0 + 1) != nil }),
            !["and", "or"].contains(q[i - 1]), Self.aggregateWords[q[i - 1]] == nil,
            let (column, length) = numericColumn(q, at: i + 1),
            q.words.contains(where: { ["which", "who"].contains($0) }) || valueAt(q, i + 1 + length) != nil
                // "the five products with the highest cost", "what bike has the highest cost": the rows are named before.
                || (q[i - 1] == "the" && ["with", "has", "have", "had"].contains(q[i - 2]))
                || (Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]]) != nil
                || {
                    var c = q; return entityAt(&c, i + 1 + length, tablesOnly: true) != nil
                }(),
            let d = vocabulary.dimension(named: column), d.table != vocabulary.factTable,
            d.referenceDate == nil, let metric = vocabulary.metric(named: "\(["highest", "biggest", "largest"].contains(q[i]) ? "max" : "min")_\(column)")
        {
            q.use(i..<(i + 1 + length))
            intent.metric = metric.name
            context.explicitMetric = true
            context.metricSpan = (i + 1)..<(i + 1 + length)
            context.ranked = true
            context.rankHighest = metric.name.hasPrefix("max")
            readRankCount(&q, before: i, &context)
            // ("the 3 lowest cost bikes": a kind of the rows names them.)
            if context.whichEntity == nil, context.entityTable == nil, !q.words.contains(where: { ["which", "who"].contains($0) }),
                let value = valueAt(q, i + 1 + length)
                    ?? {
                        let w = q; return (max(0, i - 4)..<i).lazy.compactMap({ valueAt(w, $0) }).first
                    }(), vocabulary.dimension(named: value.dimension)?.table == d.table
            {
                context.entityTable = d.table
            }
            _ = q.take(["in the whole catalogue", "in the catalogue", "in the whole catalog", "of all"])
            return
        }
        // "which product costs us the most to make": the number said as a verb, then "the most" or "the least".
        if q.words.contains(where: { ["which", "who"].contains($0) }) {
            // ("which product costs": "product" is what is ranked, not the start of "product cost".)
            for i in 0..<q.count where q.isFree(i) && !["which", "who", "what"].contains(q[i - 1]) {
                guard let (column, length) = numericColumn(q, at: i), let d = vocabulary.dimension(named: column), d.table != vocabulary.factTable,
                    d.referenceDate == nil
                else { continue }
                var j = i + length
                if q[j] == "us" || q[j] == "them" { j += 1 }
                guard q[j] == "the", ["most", "least"].contains(q[j + 1]),
                    let metric = vocabulary.metric(named: "\(q[j + 1] == "most" ? "max" : "min")_\(column)")
                else { continue }
                var end = j + 2
                if q[end] == "to", ["make", "produce", "build", "buy", "manufacture", "source"].contains(q[end + 1]) { end += 2 }
                q.use(i..<end)
                intent.metric = metric.name
                context.explicitMetric = true
                context.metricSpan = i..<(i + length)
                context.ranked = true
                context.rankHighest = q[j + 1] == "most"
                return
            }
        }
        // "top 5 products by cost": rows of the number's own table, ranked by it (the ranking words are read later).
        if intent.metric.isEmpty, let i = (0..<q.count).first(where: { q.isFree($0) && q[$0] == "by" && numericColumn(q, at: $0 + 1) != nil }),
            let (column, length) = numericColumn(q, at: i + 1), let d = vocabulary.dimension(named: column), d.table != vocabulary.factTable, d.referenceDate == nil,
            let top = (0..<i).first(where: { ["top", "bottom"].contains(q[$0]) && q.isFree($0) }),
            {
                var c = q
                return ((top + 1)..<i).contains { k in
                    entityAt(&c, k, tablesOnly: true).map { if case .table(let t) = $0.0 { t == d.table } else { false } } ?? false
                        || valueAt(c, k).map { vocabulary.dimension(named: $0.dimension)?.table == d.table } ?? false
                }
            }(),
            let metric = vocabulary.metric(named: "\(q[top] == "top" ? "max" : "min")_\(column)")
        {
            q.use(i..<(i + 1 + length))
            intent.metric = metric.name
            context.explicitMetric = true
            context.metricSpan = (i + 1)..<(i + 1 + length)
            if context.whichEntity == nil, context.entityTable == nil { context.entityTable = d.table }
            return
        }
        guard let (cue, highest) = cues.first(where: { q.has($0.0) }), let i = q.find(cue) else { return }
        // "the youngest and oldest ages": a list of aggregates, read as measures below, not a ranking.
        let length0 = cue.split(separator: " ").count
        // "most expensive first", "cheapest first": a sort of the rows listed, not a ranking.
        if q[i + length0] == "first" { return }
        if ["and", "or"].contains(q[i + length0]) || ["and", "or"].contains(q[i - 1]) || (q[i - 1] == "the" && ["and", "or"].contains(q[i - 2])) { return }
        // The number is named elsewhere in the question ("by cost", "as of ... age").
        var named: (String, Range<Int>)?
        for j in 0..<q.count where q.isFree(j) && !(i..<(i + 2)).contains(j) {
            if let (name, length) = numericColumn(q, at: j) { named = (name, j..<(j + length)); break }
        }
        // "the most expensive bike to make": what it costs to make is the number whose name is "cost" in the model.
        if named == nil, ["most expensive", "least expensive"].contains(cue),
            let make = ((i + length0)..<(i + length0 + 4)).first(where: { q[$0] == "to" && ["make", "produce", "manufacture", "build"].contains(q[$0 + 1]) }),
            let cost = vocabulary.dimensions.first(where: { $0.numeric && $0.table != vocabulary.factTable && $0.phrases.contains("cost") })
        {
            named = (cost.name, make..<(make + 2))
        }
        // "our three youngest customers", "the oldest customer": ranked by the date their age is computed from (the
        // latest birth date is the youngest), so that people born in the same year are not tied.
        // "the oldest customer in each country - show their age": still ranked by birth date; the age is shown beside.
        if cue == "oldest" || cue == "youngest", let age = vocabulary.dimensions.first(where: { $0.role == .age && $0.numeric }),
            named == nil || (named?.0 == age.name && !q.has("how old")),
            let born = vocabulary.dimensions.first(where: { $0.isTime && $0.table == age.table && age.expr.contains($0.expr) }),
            let metric = vocabulary.metric(named: "max_\(born.name)"), q.span(i + 1, upTo: i + 4).contains(where: { entityAt(&q, $0, tablesOnly: true) != nil })
        {
            if let (_, range) = named {
                q.use(range)
                context.displayColumns.append(age.name)
                for k in max(0, range.lowerBound - 3)..<range.lowerBound where ["show", "with", "and", "their", "his", "her", "give", "include", "plus"].contains(q[k]) { q.use(k..<(k + 1)) }
            }
            q.use(i..<(i + 1))
            // "..., youngest first": the ranking's own order, said again.
            let other = cue == "youngest" ? "oldest" : "youngest"
            _ = q.take(["\(cue) first", "from \(cue) to \(other)", "from the \(cue) to the \(other)", "\(cue) to \(other)"])
            // "the 3 youngest customers": how many are ranked.
            if let n = Int(q[i - 1]) ?? Lexicon.numberWords[q[i - 1]], q.isFree(i - 1), n > 0 {
                context.rankCount = n
                q.use((i - 1)..<i)
            }
            _ = q.take(born.phrases.flatMap { p in ["going by", "judging by", "ranked by", "sorted by", "by"].flatMap { ["\($0) \(p)", "\($0) their \(p)"] } })
            intent.metric = metric.name
            context.explicitMetric = true
            context.metricSpan = i..<(i + 1)
            context.ranked = true
            context.rankHighest = cue == "youngest"
            context.rankNouns.append(i + 1)
            return
        }
        guard let (column, range) = named else { return }
        // "the oldest customer by birth year": the earliest year.
        let highestFirst = (cue == "oldest" || cue == "youngest") && runsAgainstAge(column) ? !highest : highest
        guard let metric = vocabulary.metric(named: "\(highestFirst ? "max" : "min")_\(column)") else { return }
        let length = cue.split(separator: " ").count
        // "how old is our oldest customer": the number itself is asked for, not who has it.
        if let how = q.find("how old") ?? q.find("how expensive") ?? q.find("how cheap"), !q.has("who"), !q.has("which") {
            q.use(i..<(i + length))
            q.use(how..<(how + 2))
            intent.metric = metric.name
            context.explicitMetric = true
            context.metricSpan = i..<(i + length)
            if let (name, n) = entityAt(&q, i + length, tablesOnly: true), case .table = name { q.use((i + length)..<(i + length + n)) }
            q.use(range)
            return
        }
        q.use(i..<(i + length))
        q.use(range)
        readRankCount(&q, before: i, &context)
        if ["by", "on"].contains(q[range.lowerBound - 1]) { q.use((range.lowerBound - 1)..<range.lowerBound) }
        _ = q.take(["going by", "to produce", "to make", "for us to produce", "for us to make", "for us"])
        intent.metric = metric.name
        context.explicitMetric = true
        context.metricSpan = range
        context.ranked = true
        context.rankHighest = highestFirst
        context.rankNouns.append(i + length)
    }

    /// "the longest shipping time", "maximum days to ship": the largest or smallest single value of a measure that
    /// averages each sales line. Not read in "which country has the longest shipping time", a ranking of averages.
    static let extremeWords: [String: String] = [
        "longest": "max", "maximum": "max", "max": "max", "slowest": "max", "shortest": "min", "minimum": "min", "min": "min", "fastest": "min", "quickest": "min",
    ]

    func claimExtremeOfAverage(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard !q.has(anyOf: ["which", "who"]) else { return }
        for i in 0..<q.count where q.isFree(i) {
            guard let aggregate = Self.extremeWords[q[i]] else { continue }
            let start = q[i + 1] == "the" ? i + 2 : i + 1
            var best: (Vocabulary.Metric, Int)?
            for m in vocabulary.metrics where m.table == vocabulary.factTable && m.expr.hasPrefix("AVG(") {
                for phrase in m.phrases {
                    if let n = q.wordsMatched(phrase, at: start), n > (best?.1 ?? 0) { best = (m, n) }
                }
            }
            guard let (m, n) = best, let extreme = vocabulary.metric(named: Vocabulary.extremeName(aggregate, of: m.name)) else { continue }
            intent.metric = extreme.name
            context.explicitMetric = true
            context.metricSpan = i..<(start + n)
            q.use(i..<(start + n))
            return
        }
    }

    func claimColumnAggregates(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        claimRankingByColumn(&q, &intent, &context)
        guard intent.metric.isEmpty else { return }
        claimExtremeOfAverage(&q, &intent, &context)
        guard intent.metric.isEmpty else { return }
        for i in 0..<q.count where q.isFree(i) {
            // The number named here ("product cost", "customer ages"), with an optional table word before it.
            var start = i
            // (A number on the sales lines has only its lowest and highest here: "the highest unit price we charged".)
            let onLines = numericColumn(q, at: i) == nil
            guard let (name, length) = numericColumn(q, at: i) ?? lineColumn(q, at: i) else { continue }
            // "the average cost per unit sold", "weighted average cost": a measure of the model said in more words than
            // the column's aggregate is that measure.
            let measureSaid = multiWordMetricPhrases.contains { m in
                m.length >= 3 && (max(0, i - 3)...i).contains { k in q.wordsMatched(m.phrase, at: k).map { k + $0 >= i + length } ?? false }
            }
            if measureSaid { continue }
            if start > 0, q.isFree(start - 1), ["product", "products", "customer", "customers", "unit"].contains(q[start - 1]),
                numericColumn(q, at: start - 1) == nil
            {
                start -= 1
            }
            // Walk back over "average, lowest and highest" (commas are gone; "and"/"or" join them).
            var aggregates: [(String, Int)] = []
            var j = start - 1
            while j >= 0 && q.isFree(j) {
                if let a = Self.aggregateWords[q[j]] {
                    // "the lowest average age": a word right before a lone aggregate ranks it; it is not a second one
                    // ("the lowest, average and highest cost" is a list: its commas are gone, its "and" is not).
                    if aggregates.count == 1, aggregates[0].1 == j + 1 { break }
                    aggregates.insert((a, j), at: 0)
                    j -= 1
                    continue
                }
                // "the cheapest and the priciest": joining words between two aggregates.
                let joining: Set<String> = ["and", "or", "the", "what", "s", "our"]
                var k = j
                while k > 0, joining.contains(q[k]), q.isFree(k) { k -= 1 }
                if k < j, Self.aggregateWords[q[k]] != nil, q.isFree(k) { j = k; continue }
                break
            }
            guard !aggregates.isEmpty, !onLines || aggregates.allSatisfy({ ["min", "max"].contains($0.0) }) else { continue }
            // "which product has the highest cost" ranks products; only a list of aggregates or a plain one is read here.
            // ("the five highest cost products": a count before the word ranks too.)
            if aggregates.count == 1, aggregates[0].0 != "avg",
                q.words.contains(where: { ["which", "who", "what"].contains($0) }) || (Int(q[aggregates[0].1 - 1]) ?? Lexicon.numberWords[q[aggregates[0].1 - 1]]) != nil
            {
                continue
            }
            // "the oldest and youngest birth years": the oldest were born first.
            let flip: [String: String] = runsAgainstAge(name) ? ["min": "max", "max": "min"] : [:]
            let names = aggregates.map { a in
                let word = q[a.1]
                return "\(["oldest", "youngest"].contains(word) ? flip[a.0] ?? a.0 : a.0)_\(name)"
            }
            guard names.allSatisfy({ vocabulary.metric(named: $0) != nil }) else { continue }
            intent.metric = names[0]
            for extra in names.dropFirst() where !intent.extraMetrics.contains(extra) && extra != names[0] { intent.extraMetrics.append(extra) }
            context.explicitMetric = true
            context.metricSpan = aggregates[0].1..<(i + length)
            q.use(aggregates[0].1..<(i + length))
            return
        }
    }

    /// "the five most expensive products": how many are ranked, said right before the ranking word.
    /// ("the 3 bikes with the lowest cost": or right before the rows named.)
    private func readRankCount(_ q: inout QuestionWords, before i: Int, _ context: inout Context) {
        let words = q
        func count(_ k: Int) -> Int? { (Int(words[k]) ?? Lexicon.numberWords[words[k]]).flatMap { (1...Self.maxRankCount).contains($0) && words.isFree(k) ? $0 : nil } }
        var at = count(i - 1) != nil ? i - 1 : nil
        if at == nil, i >= 2 {
            var probe = q
            at = (max(0, i - 6)..<(i - 1)).first { k in count(k) != nil && (valueAt(words, k + 1) != nil || entityAt(&probe, k + 1, tablesOnly: true) != nil) }
        }
        guard let at, let n = count(at) else { return }
        context.rankCount = n
        q.use(at..<(at + 1))
    }

    /// "the oldest customer's birth year": a number read off the date an age is computed from, other than the age
    /// itself, runs against the age (the oldest has the earliest year), so "oldest" is its lowest value.
    func runsAgainstAge(_ column: String) -> Bool {
        guard let age = vocabulary.dimensions.first(where: { $0.role == .age }), column != age.name,
            let born = vocabulary.dimensions.first(where: { $0.isTime && $0.table == age.table && age.expr.contains($0.expr) }),
            let d = vocabulary.dimension(named: column), d.table == born.table
        else { return false }
        return d.name == born.name || d.expr.contains(born.expr)
    }

    /// A number on the sales lines at `i` ("unit price"), whose lowest and highest are measures of the model.
    func lineColumn(_ q: QuestionWords, at i: Int) -> (String, Int)? {
        var best: (String, Int)?
        for d in vocabulary.dimensions where d.numeric && d.table == vocabulary.factTable && vocabulary.metric(named: "max_\(d.name)") != nil {
            for phrase in d.phrases + d.phrases.map({ $0 + "s" }) {
                if let length = q.wordsMatched(phrase, at: i), length > (best?.1 ?? 0) { best = (d.name, length) }
            }
        }
        return best
    }

    /// A numeric column's name or synonym at `i` (and its plural), with its word count.
    func numericColumn(_ q: QuestionWords, at i: Int) -> (String, Int)? {
        var best: (String, Int)?
        for d in vocabulary.dimensions where d.numeric && d.table != vocabulary.factTable {
            for phrase in d.phrases + d.phrases.map({ $0 + "s" }) {
                if let length = q.wordsMatched(phrase, at: i), length > (best?.1 ?? 0) { best = (d.name, length) }
            }
        }
        return best
    }
}
