/// "customers who bought a mountain bike but never a road bike", "how many customers have never bought a bike",
/// "only ever bought accessories - never a bike and never any clothing": customers left out because they bought
/// something at some time. The exclusion is of all time, whatever period the rest of the question has ("bought
/// clothing in 2013 but have never bought a bike").
extension QuestionParser {
    static let articles: Set<String> = ["a", "an", "any", "single", "one"]

    func parseNeverBought(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        // Only people are left out for what they bought; "products never sold" is another question.
        let peopleWords = Set(vocabulary.tables[customersTable]?.synonyms ?? []).union(Lexicon.peopleWords)
        guard q.words.contains(where: { peopleWords.contains($0) }) else { return }
        for i in 0..<q.count where q.isFree(i) {
            var j: Int
            switch q[i] {
            case "never": j = i + 1
            case "not" where ["but", "and", "have", "has", "did", "do"].contains(q[i - 1]): j = i + 1
            case "didnt", "havent", "hasnt", "dont", "doesnt": j = i + 1
            default: continue
            }
            if q[j] == "ever" { j += 1 }
            var verb = false
            if Lexicon.purchaseVerbs.contains(q[j]) {
                verb = true
                j += 1
            }
            // "but not a road bike" needs a purchase said before; "never bought a bike" says its own.
            guard verb || q.words[..<i].contains(where: { Lexicon.purchaseVerbs.contains($0) }) else { continue }
            var filters: [QueryIntent.ValueFilter] = []
            var end = j
            while true {
                var k = end
                while Self.articles.contains(q[k]) { k += 1 }
                guard q.isFree(k), let (value, length) = valueSpan(q, k), vocabulary.dimension(named: value.dimension)?.table == productsTable else { break }
                filters.append(.init(dimension: value.dimension, values: [value.value]))
                end = k + length
                // "never a bike and never any clothing", "never a bike or clothing": each is left out.
                var next = end
                guard ["and", "or", "nor"].contains(q[next]) else { break }
                next += 1
                if q[next] == "never" { next += 1 }
                if Lexicon.purchaseVerbs.contains(q[next]) { next += 1 }
                var probe = next
                while Self.articles.contains(q[probe]) { probe += 1 }
                guard valueSpan(q, probe) != nil else { break }
                end = next
            }
            // "haven't bought a bike since 2013": a purchase not made in a period is another question, left unread.
            guard !filters.isEmpty, !["since", "in", "during", "after", "before", "until", "from", "between", "this", "last"].contains(q[end]) else { continue }
            intent.neverBought += filters
            var start = ["but", "and"].contains(q[i - 1]) ? i - 1 : i
            // "revenue from customers who never bought a helmet": the people named by a preposition are the filter's own.
            if ["who", "that"].contains(q[start - 1]), peopleWords.contains(q[start - 2]), ["from", "by", "of", "among", "for"].contains(q[start - 3]) { start -= 2 }
            q.use(start..<end)
        }
        // "who have only ever bought accessories", "bought only clothing": everything else is never bought (what they did
        // buy is the question's own filter).
        for i in 0..<q.count where q.isFree(i) && q[i] == "only" {
            // "ordered only once": a number of orders (a threshold), not what was bought.
            if q[i + 1] == "once" { continue }
            var j = i + 1
            if q[j] == "ever" { j += 1 }
            let verbAfter = Lexicon.purchaseVerbs.contains(q[j])
            if verbAfter { j += 1 }
            guard verbAfter || Lexicon.purchaseVerbs.contains(q[i - 1]) else { continue }
            while Self.articles.contains(q[j]) { j += 1 }
            guard let (value, _) = valueSpan(q, j), vocabulary.dimension(named: value.dimension)?.table == productsTable else {
                // "only bought products that need no maintenance": "only" cannot be dropped, and it is not read here.
                context.conflicts.append("'only \(q[i + 1])' (bought nothing else) with something other than a product's category or name")
                continue
            }
            let other = QueryIntent.ValueFilter(dimension: value.dimension, values: [QueryIntent.excluded(value.value)])
            if !intent.neverBought.contains(other) { intent.neverBought.append(other) }
            q.use(i..<(verbAfter || q[i + 1] == "ever" ? j : i + 1))
        }
        if !intent.neverBought.isEmpty { _ = q.take(["only ever", "only"]) }
    }
}

extension SQLBuilder {
    /// The customers (their key on the fact table or on their own table) with no sale matching the filter, ever.
    func neverBoughtCondition(_ filter: QueryIntent.ValueFilter, onFact: Bool) throws -> (sql: String, table: String) {
        // NOT IN over a NULL key would leave out everyone: sales lines without a customer are not in the list.
        try customersWithSales(filter, also: nil, negated: true, onFact: onFact)
    }

    /// `key [NOT] IN (the customers with a sale matching the filter [and the condition])`, on either table's key.
    func customersWithSales(_ filter: QueryIntent.ValueFilter, also: String?, negated: Bool, onFact: Bool) throws -> (sql: String, table: String) {
        let customers = vocabulary.customersTable
        guard let keys = joinKeys(customers) else { throw Failure(reason: "\(customers) cannot be matched to sales") }
        let d = try dimension(filter.dimension)
        let extra = also ?? "\(keys.factColumn) IS NOT NULL"
        let sub = "SELECT \(keys.factColumn) FROM \(from([vocabulary.factTable, d.table], forceFact: true).0) WHERE \(try condition(filter)) AND \(extra)"
        let op = negated ? "NOT IN" : "IN"
        return onFact ? ("\(keys.factColumn) \(op) (\(sub))", vocabulary.factTable) : ("\(keys.dimColumn) \(op) (\(sub))", customers)
    }
}
