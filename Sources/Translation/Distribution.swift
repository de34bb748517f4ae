/// "How many customers placed exactly 1 order, how many placed 2, how many 3, and so on?", "How many
/// orders had 1 line, 2 lines, 3 lines ...": the entities counted per value of their own measure.
/// The listed numbers are examples of the values, so they are read, not used as filters.
extension QuestionParser {
    func parseDistribution(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        if parseDistributionByMeasure(&q, &intent, &context) { return }
        parseDistributionWithExamples(&q, &intent, &context)
        if intent.distribution == nil { _ = parseDistributionForEachValue(&q, &intent, &context) }
    }

    /// "how many buyers bought from only one category, how many from two, and how many from three?", "how many customers
    /// bought exactly 1 distinct product, how many 2, 3 etc": one count per number said as examples is the distribution
    /// of each one's count, said as "number of buyers by how many different categories they bought". After a breakdown
    /// said so already ("split our buyers by how many categories they bought from - how many bought from 1 category, how
    /// many from 2, and so on"), the examples are dropped.
    func rewriteCountsForEachNumber(_ q: inout QuestionWords) {
        func number(_ k: Int) -> Int? { Int(q[k]) ?? Lexicon.numberWords[q[k]] }
        let hows = (0..<q.count).filter { q[$0] == "how" && q[$0 + 1] == "many" }
        guard hows.count >= 2 else { return }
        // The numbers of the examples, one after each "how many" (in its first 8 words), counting up from 1.
        var numbers: [(at: Int, value: Int)] = []
        for (n, h) in hows.enumerated() {
            let limit = n + 1 < hows.count ? hows[n + 1] : min(q.count, h + 10)
            guard let k = ((h + 2)..<max(h + 2, limit)).first(where: { number($0) != nil }) else { continue }
            numbers.append((k, number(k)!))
        }
        // (The next numbers said without their "how many": "how many two, three, and so on", "how many bought from 1
        // category, from 2, from 3".)
        let joining: Set<String> = ["from", "with", "and", "or", "category", "categories", "subcategory", "subcategories", "product", "products", "order", "orders"]
        while let last = numbers.last, hows.last.map({ $0 < last.at }) == true {
            var k = last.at + 1
            while joining.contains(q[k]), k < last.at + 4 { k += 1 }
            guard number(k) == last.value + 1 else { break }
            numbers.append((k, last.value + 1))
        }
        guard numbers.count >= 2, numbers.enumerated().allSatisfy({ $0.element.value == $0.offset + 1 }), let first = hows.first(where: { $0 < numbers[0].at }) else { return }
        var end = numbers.last!.at + 1
        while ["different", "distinct", "separate", "unique", "category", "categories", "subcategory", "subcategories", "product", "products", "orders", "order", "and", "so", "on", "etc"].contains(q[end])
            || q.wordsMatched("product categories", at: end) != nil
        {
            end += 1
        }
        guard end >= q.count || !q.words[end...].contains(where: { Double($0) != nil || Lexicon.numberWords[$0] != nil }) else { return }
        // Already a breakdown by the count: the examples are only that.
        if q[first - 1] == "by" {
            guard let second = hows.first(where: { $0 > first }) else { return }
            q.replace(second..<end, with: [])
            return
        }
        // Whose counts, and of what: the people right after the first "how many", the thing after the first number.
        guard Lexicon.peopleWords.contains(q[first + 2]) else { return }
        var k = numbers[0].at + 1
        while ["different", "distinct", "separate", "unique"].contains(q[k]) { k += 1 }
        let thing: [String]
        if ["order", "orders"].contains(q[k]) {
            thing = ["orders"]
        } else if let (name, length) = dimensionPhrase(q, k), length >= 2 || !Lexicon.productWords.contains(q[k]),
            vocabulary.dimension(named: name)?.table == productsTable
        {
            // ("1 product category": the column; "1 distinct product": the products themselves.)
            thing = ["different"] + q.words[k..<(k + length)]
        } else if Lexicon.productWords.contains(q[k]) {
            thing = ["different", "products"]
        } else {
            return
        }
        let by: [String] = thing == ["orders"] ? ["by", "number", "of", "orders"] : ["by", "how", "many"] + thing + ["they", "bought"]
        q.replace(first..<end, with: ["number", "of", q[first + 2]] + by)
    }

    private func parseDistributionWithExamples(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        guard q.has("so on") || q.has("etc") || q.words.contains("distribution") || q.words.contains("histogram") || q.words.contains("distributed") else { return }
        // "how many customers placed 1, 2, 3 ... orders", "distribution of customers by number of orders".
        guard let h = q.find("distribution of").map({ $0 + 2 }) ?? q.find("histogram of").map({ $0 + 2 }) ?? q.find("how are").map({ $0 + 2 }) ?? q.find("how many").map({ $0 + 2 }) else { return }
        var e = h
        while ["of", "our", "the", "different"].contains(q[e]) { e += 1 }
        guard let entity = Self.entityWords[q[e]] else { return }
        // The measure: a fact measure named after the entity ("placed 1 order", "had 2 lines").
        var measure: Vocabulary.Metric?
        for k in (e + 1)..<max(e + 1, q.count) where q.isFree(k) {
            if let m = vocabulary.metrics.first(where: { $0.table == vocabulary.factTable && ($0.phrases.contains(q[k]) || $0.phrases.contains(q[k] + "s")) }) {
                measure = m
                break
            }
        }
        guard let measure else { return }
        intent.distribution = .init(entity: entity, metric: measure.name)
        intent.metric = measure.name
        context.explicitMetric = true
        context.countQuestions = 1
        for k in 0..<q.count where q.isFree(k) {
            let w = q[k]
            if Double(w) != nil || Lexicon.numberWords[w] != nil || measure.phrases.contains(w) || measure.phrases.contains(w + "s")
                || ["how", "many", "exactly", "placed", "had", "have", "has", "made", "with"].contains(w)
            {
                q.use(k..<(k + 1))
            }
        }
        // The entity named again ("... (how many customers have 1 order, 2 orders ...)") is the same one.
        for k in 0..<q.count where q.isFree(k) && q[k] == q[e] { q.use(k..<(k + 1)) }
        q.use(e..<(e + 1))
        _ = q.take([
            "and so on", "so on", "etc", "distribution of", "distribution", "histogram of", "histogram", "by number of", "by how many", "by the number of",
            "how are", "distributed", "i e",
        ])
    }

    /// "number of buyers by how many orders they placed in 2013", "group the customers by their number of orders",
    /// "customers by order count": the entities counted per value of their own measure, said as a breakdown by it.
    private func parseDistributionByMeasure(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) -> Bool {
        // Not a ranking ("top 5 customers by order count") or a list ("list customers by ...").
        let ranks = ["top", "bottom", "rank", "ranked", "ranking", "sort", "sorted", "best", "worst", "highest", "lowest", "most", "fewest", "least", "list", "which", "who"]
        guard !q.words.contains(where: ranks.contains) else { return false }
        let lead = ["by how many", "by the number of", "by number of", "by their number of", "by the count of", "by their count of", "by their", "by"]
        for b in 0..<q.count where q[b] == "by" && q.isFree(b) {
            guard let n = lead.compactMap({ q.wordsMatched($0, at: b) }).max() else { continue }
            // The entity counted: right before "by" ("group the buyers by", "number of customers by").
            guard let e = (max(0, b - 3)..<b).last(where: { Self.entityWords[q[$0]] != nil && q.isFree($0) }), let entity = Self.entityWords[q[e]] else { continue }
            // Said as what is counted: "number of buyers by", "group the customers by", or the question's first words.
            let countWords: Set<String> = [
                "number", "of", "how", "many", "count", "group", "grouped", "split", "segment", "the", "our", "all", "distinct", "different", "looking", "at", "only",
                "show", "me", "give", "please", "can", "you", "could",
            ]
            guard (0..<e).allSatisfy({ countWords.contains(q[$0]) || Double(q[$0]) != nil }) || (max(0, e - 3)..<e).contains(where: { ["number", "many", "count", "group", "grouped", "split", "segment"].contains(q[$0]) })
            else { continue }
            // The measure of each one, right after: "orders", "order count", "units".
            let k = b + n
            // Each measure's longest phrase said there ("order" said for "orders" counts as one word); the longest wins.
            let said = vocabulary.metrics.compactMap { m -> (metric: Vocabulary.Metric, length: Int)? in
                guard m.table == vocabulary.factTable, !m.expr.contains("/") else { return nil }
                let length = m.phrases.compactMap { p in q.wordsMatched(p, at: k) ?? (p == q[k] + "s" ? 1 : nil) }.max()
                return length.map { (m, $0) }
            }
            // ("number of buyers by how many different categories they bought from": each one's number of values of a
            // catalogue column, over what it bought.)
            var values: (metric: Vocabulary.Metric, length: Int)?
            if ["different", "distinct", "separate", "unique"].contains(q[k]), let (name, l) = dimensionPhrase(q, k + 1),
                let m = vocabulary.metric(named: "number_of_\(name)_sold"), vocabulary.dimension(named: name)?.table != vocabulary.factTable
            {
                values = (m, l + 1)
            }
            guard let (measure, length) = values ?? said.max(by: { $0.length < $1.length }), Self.entityWords[q[k]] != entity, n > 1 || length > 1 else { continue }
            intent.distribution = .init(entity: entity, metric: measure.name)
            intent.metric = measure.name
            context.explicitMetric = true
            q.use(b..<(k + length))
            q.use(e..<(e + 1))
            // "number of buyers", "how many customers": the count of the entities is the distribution's own column.
            for phrase in ["number of", "how many", "count of", "group the", "group", "grouped", "split", "the"] {
                if q.wordsMatched(phrase, at: e - phrase.split(separator: " ").count) != nil { q.use((e - phrase.split(separator: " ").count)..<e) }
            }
            // "they placed", "each one placed": the measure's verb.
            _ = q.take(["they placed", "they made", "they have placed", "they had", "placed", "made", "each placed"])
            // "(1, 2, 3 and so on)": examples of the values.
            for aside in q.asides { for k in aside where q.isFree(k) && (Double(q[k]) != nil || ["and", "so", "on", "etc", "or", "more"].contains(q[k])) { q.use(k..<(k + 1)) } }
            _ = q.take(["and so on", "so on", "etc"])
            return true
        }
        return false
    }

    /// "For each number of orders a customer has placed, how many customers are there", "number of customers per order
    /// count": the entities counted for each value of their own count, said as "for each number of ...". Only a count
    /// ("number of orders", "order count"), so that "revenue per order" stays a ratio.
    private func parseDistributionForEachValue(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) -> Bool {
        let leads = ["for each number of", "for every number of", "for each", "for every", "per number of", "per"]
        for i in 0..<q.count where ["for", "per"].contains(q[i]) && q.isFree(i) {
            guard let n = leads.compactMap({ q.wordsMatched($0, at: i) }).max() else { continue }
            let k = i + n
            let numberOf = q[k - 2] == "number" && q[k - 1] == "of"
            // The count of each one: "orders" after "number of", "order count" said as such.
            let said = vocabulary.metrics.compactMap { m -> (metric: Vocabulary.Metric, length: Int)? in
                guard m.table == vocabulary.factTable, m.expr.uppercased().hasPrefix("COUNT("), !m.expr.contains("/") else { return nil }
                let length = m.phrases.compactMap { p in (numberOf || p.hasSuffix(" count")) ? q.wordsMatched(p, at: k) : nil }.max()
                return length.map { (m, $0) }
            }
            guard let (measure, length) = said.max(by: { $0.length < $1.length }) else { continue }
            var end = k + length
            // "... a customer has placed", "... they placed": whose count it is.
            var entity: QueryIntent.PerEntity?
            var e = end
            if ["a", "each", "the"].contains(q[e]) { e += 1 }
            if let found = Self.entityWords[q[e]], found != .product {
                var v = e + 1
                if ["has", "have", "had"].contains(q[v]) { v += 1 }
                if ["placed", "made", "put"].contains(q[v]) {
                    entity = found
                    end = v + 1
                }
            } else if q[e] == "they", ["placed", "made"].contains(q[e + 1]) {
                end = e + 2
            }
            // The entities counted: "how many customers", "the number of buyers".
            guard let c = (0..<q.count).first(where: { j in (j < i || j >= end) && Self.entityWords[q[j]] != nil && q.isFree(j) && (q[j - 1] == "many" || (q[j - 1] == "of" && q[j - 2] == "number")) }),
                let counted = Self.entityWords[q[c]], entity == nil || entity == counted, counted != Self.entityWords[measure.phrases.first ?? ""] ?? .product
            else { continue }
            intent.distribution = .init(entity: counted, metric: measure.name)
            intent.metric = measure.name
            context.explicitMetric = true
            q.use(i..<end)
            q.use((c - 2)..<(c + 1))
            _ = q.take(["are there", "is there", "do we have", "have we got"])
            // The entity named again is the same one.
            for k in 0..<q.count where q.isFree(k) && Self.entityWords[q[k]] == counted && q[k] == q[c] { q.use(k..<(k + 1)) }
            // "(1, 2, 3, ...)": examples of the values.
            for aside in q.asides { for k in aside where q.isFree(k) && (Double(q[k]) != nil || ["and", "so", "on", "etc", "or", "more"].contains(q[k])) { q.use(k..<(k + 1)) } }
            return true
        }
        return false
    }
}
