import Foundation

/// "customers who bought a bike in 2012 and then an accessory in 2013", "bought a bike in 2012 came back and bought an
/// accessory in 2013": purchases each with its own period, every one a condition on who is counted. One purchase with
/// a period is the question's own filter and period; it takes two to need this.
extension QuestionParser {
    func parsePurchasesInPeriods(_ q: inout QuestionWords, _ intent: inout QueryIntent, _ context: inout Context) {
        let peopleWords = Set(vocabulary.tables[customersTable]?.synonyms ?? []).union(Lexicon.peopleWords)
        guard q.words.contains(where: { peopleWords.contains($0) }) else { return }
        var found: [(QueryIntent.Purchase, Range<Int>)] = []
        var i = 0
        while i < q.count {
            let verb = Lexicon.purchaseVerbs.contains(q[i]) && q.isFree(i)
            // "and then an accessory in 2013": the second purchase may leave its verb out.
            let implied = !found.isEmpty && q[i] == "then" && q.isFree(i)
            guard verb || implied, let (purchase, end) = purchaseAt(q, i + 1) else {
                i += 1
                continue
            }
            found.append((purchase, i..<end))
            i = end
        }
        guard found.count >= 2 else {
            // "bought a Road-650 bike during 2012 ... came back and bought anything at all in 2013": a product in one period
            // and anything in another is two conditions this does not read; one filter would narrow both periods.
            let anything = (1..<max(1, q.count)).first { k in
                ["anything", "something"].contains(q[k]) && Lexicon.purchaseVerbs.contains(q[k - 1])
                    && (0..<(k - 1)).contains(where: { Lexicon.purchaseVerbs.contains(q[$0]) })
                    && ((k + 1)..<max(k + 1, q.count)).contains(where: { Lexicon.year(q[$0]) != nil })
                    && (0..<(k - 1)).contains(where: { j in modelCode(q, at: j) != nil || valueSpan(q, j).map { vocabulary.dimension(named: $0.value.dimension)?.table == productsTable } == true })
            }
            if anything != nil { context.conflicts.append("a purchase of one product in one period and of anything in another") }
            return
        }
        // "Of the customers who bought accessories in 2013, what percentage also bought clothing in 2013": one period for
        // both, so the share of the first purchase's buyers is read as it is without a period, within the period.
        if Set(found.map { $0.0.period.label }).count == 1, q.words.contains(where: { Self.percentWords.contains($0) }) { return }
        for (purchase, span) in found {
            intent.purchases.append(purchase)
            q.use(span)
        }
        _ = q.take(["and then", "then", "came back and", "come back and", "went on to", "and later", "later", "again", "also"])
    }

    /// A product value and its period right after a verb of buying: "a bike in 2012", "tyres or tubes in December 2013".
    func purchaseAt(_ q: QuestionWords, _ start: Int) -> (QueryIntent.Purchase, Int)? {
        var k = start
        while Self.articles.contains(q[k]) || q[k] == "some" { k += 1 }
        guard q.isFree(k), let (first, length) = valueSpan(q, k), vocabulary.dimension(named: first.dimension)?.table == productsTable else { return nil }
        var values = [first.value]
        k += length
        while q[k] == "or", let (next, n) = valueSpan(q, k + 1), next.dimension == first.dimension {
            values.append(next.value)
            k += 1 + n
        }
        if ["item", "items", "product", "products"].contains(q[k]) { k += 1 }
        guard ["in", "during"].contains(q[k]), let (period, words) = periodWindow(q, from: k + 1) else { return nil }
        return (.init(filter: .init(dimension: first.dimension, values: values), period: period), words.last! + 1)
    }
}

extension SQLBuilder {
    /// The customers (their key on the fact table or on their own table) with a sale matching the purchase in its period.
    func purchaseCondition(_ p: QueryIntent.Purchase, onFact: Bool) throws -> (sql: String, table: String) {
        let inPeriod = periodCondition(p.period).replacingOccurrences(of: time, with: vocabulary.timeColumn)
        return try customersWithSales(p.filter, also: inPeriod, negated: false, onFact: onFact)
    }
}
