import SemanticModel

/// "how many days does it take us to ship an order after it's placed", "the longest it has ever taken us to ship
/// an order", "days between the order date and the due date": a span between two date columns of the sales,
/// named by their phrases or by a word of their name in any form ("ship", "shipped", "due"). The measure is the
/// model's average of that span, or its maximum or minimum for "longest" or "shortest". When one date is named,
/// the span starts at the date that orders time: "days to ship" counts from the order.
extension QuestionParser {
    static let spanExtremes: [String: String] = [
        "longest": "max", "slowest": "max", "maximum": "max", "max": "max",
        "shortest": "min", "quickest": "min", "fastest": "min", "minimum": "min", "min": "min",
    ]
    static let spanAverages: Set<String> = ["average", "avg", "mean", "typically", "usually", "normally", "typical", "generally"]
    /// Words that only join the span's parts ("... it has ever taken us to ship an order after it's placed").
    static let spanFillers: Set<String> = [
        "it", "us", "we", "to", "from", "between", "and", "the", "an", "a", "after", "its", "s", "is", "are", "there", "does", "do",
        "did", "has", "have", "had", "ever", "been", "in", "placed", "made", "until", "till", "of", "on", "order", "orders", "get",
        "gets", "got", "go", "goes", "out", "number", "many", "how", "was", "were", "be", "usually", "typically",
    ]

    /// A word's stem, so that "ship", "ships", "shipped" and "shipping" are one word.
    static func stem(_ word: String) -> String {
        var w = Substring(word)
        for suffix in ["ment", "ing", "ed", "s"] where w.count > suffix.count + 2 && w.hasSuffix(suffix) {
            w = w.dropLast(suffix.count)
            break
        }
        if w.count > 3, let last = w.last, w.dropLast().last == last, !"aeiou".contains(last) { w = w.dropLast() }
        return String(w)
    }

    func claimDaysBetween(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.metric.isEmpty else { return }
        // The span is asked for in days or as "how long" / "take". A number before "days" ("within 10 days") is a
        // threshold on each order's span, another question.
        let units = (0..<q.count).filter { i in
            q.isFree(i) && (q[i] == "days" || q[i] == "day" && q[i - 1] == "in" || (q[i] == "long" && q[i - 1] == "how") || ["take", "takes", "took", "taken"].contains(q[i]))
        }
        guard !units.isEmpty, !units.contains(where: { q[$0] == "days" && (Double(q[$0 - 1]) != nil || Lexicon.numberWords[q[$0 - 1]] != nil) }) else { return }
        let dates = vocabulary.dimensions.filter { $0.isTime && $0.table == vocabulary.factTable }
        var named: [(dimension: Vocabulary.Dimension, range: Range<Int>)] = []
        var i = 0
        while i < q.count {
            defer { i += 1 }
            guard q.isFree(i) else { continue }
            var best: (Vocabulary.Dimension, Int)?
            for d in dates {
                let byPhrase = d.phrases.compactMap { q.wordsMatched($0, at: i) }.max() ?? 0
                let byName = d.name.split(separator: "_").first.map { Self.stem(String($0)) == Self.stem(q[i]) } == true ? 1 : 0
                let n = max(byPhrase, byName)
                if n > (best?.1 ?? 0) { best = (d, n) }
            }
            guard let (d, n) = best else { continue }
            // "date" alone, or "when", names no column of its own.
            if n == 1, ["date", "dates", "when"].contains(q[i]) { continue }
            named.append((d, i..<(i + n)))
            i += n - 1
        }
        let distinct = named.reduce(into: [String]()) { if !$0.contains($1.dimension.name) { $0.append($1.dimension.name) } }
        var pair = Set(distinct)
        if distinct.count == 1, let start = dates.first(where: { $0.role == .defaultTime }), distinct[0] != start.name { pair.insert(start.name) }
        guard pair.count == 2,
            let average = vocabulary.metrics.first(where: { m in
                m.table == vocabulary.factTable && m.expr.hasPrefix("AVG(") && m.expr.contains("julianday(")
                    && m.columns == Set(pair.flatMap { vocabulary.dimension(named: $0)?.columns ?? [] })
            })
        else { return }
        // "which country has the longest ..." ranks an average; without "which" the extreme is the measure.
        let ranks = q.has(anyOf: ["which", "who"])
        // "on average how many days ..., and what was the longest it took": the average and the extreme, each a measure.
        let extremes = ranks ? [] : (0..<q.count).filter { q.isFree($0) && Self.spanExtremes[q[$0]] != nil }
        let averaged = (0..<q.count).first { q.isFree($0) && Self.spanAverages.contains(q[$0]) }
        let onAverage = q.find("on average").flatMap { q.isFree($0) ? $0 : nil }
        // A span with neither an aggregate nor a generic "does it take" is one order's, or a list: not read here.
        let generic = q.has(anyOf: ["does it take", "do we take", "does it usually take", "do orders take", "does an order take"])
        guard !extremes.isEmpty || averaged != nil || generic || ranks else { return }
        var measures: [Vocabulary.Metric] = []
        if extremes.isEmpty || averaged != nil || onAverage != nil { measures.append(average) }
        for e in extremes {
            guard let m = vocabulary.metric(named: Vocabulary.extremeName(Self.spanExtremes[q[e]]!, of: average.name)) else { return }
            if !measures.contains(where: { $0.name == m.name }) { measures.append(m) }
        }
        let metric = measures[0]
        var anchors = units + named.flatMap { Array($0.range) } + extremes + [averaged].compactMap { $0 }
        if let onAverage { anchors.append(onAverage) }
        guard let low = anchors.min(), var high = anchors.max() else { return }
        // "... to ship an order after it's placed": the clause that names the start runs on past the last anchor.
        let trailing: Set<String> = ["after", "it", "its", "s", "is", "was", "placed", "made", "received", "put", "in", "the", "order", "orders", "an", "a"]
        while q.isFree(high + 1), trailing.contains(q[high + 1]) { high += 1 }
        for j in anchors { q.use(j..<(j + 1)) }
        for j in low...high where q.isFree(j) && Self.spanFillers.contains(q[j]) { q.use(j..<(j + 1)) }
        // "... for the order lines ordered in each year": the span is each line's, so the lines averaged are said again.
        // ("order" itself may have been read as the order date's name.)
        for j in 0..<q.count where q[j] == "lines" && q.isFree(j) && q[j - 1] == "order" {
            var k = j - 2
            while ["the", "all"].contains(q[k]) { k -= 1 }
            guard ["for", "of", "across", "over"].contains(q[k]) else { continue }
            for w in k..<(j + 1) where q.isFree(w) { q.use(w..<(w + 1)) }
            if q.isFree(j - 1) { q.use((j - 1)..<j) }
        }
        intent.metric = metric.name
        for extra in measures.dropFirst() where !intent.extraMetrics.contains(extra.name) { intent.extraMetrics.append(extra.name) }
        context.explicitMetric = true
        context.metricSpan = low..<(high + 1)
    }
}
