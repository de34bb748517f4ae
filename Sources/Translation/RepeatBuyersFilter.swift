import SemanticModel

/// "the average order value of repeat customers", "for repeat buyers, the avg number of orders per customer": a measure
/// other than a count of the people, said of repeat buyers, is that measure over the customers with two or more
/// orders — the same filter "customers with at least 2 orders" reads — not a count of repeat buyers with the
/// measure dropped.
extension QuestionParser {
    /// "which clients placed more than one order", "list the repeat customers in Canada", "who are our repeat buyers":
    /// the people themselves are asked for, not how many they are.
    static func peopleListed(_ q: QuestionWords) -> Bool {
        !q.has("how many")
            && (listCue(q) || q.words.first == "who"
                || q.words.indices.contains { i in q.words[i] == "which" && (1...2).contains { Lexicon.peopleWords.contains(q[i + $0]) } })
    }

    func repeatBuyersAsFilter(_ intent: inout QueryIntent) {
        guard case .repeatCustomers(let share) = intent.shape, intent.entityThreshold == nil,
            let metric = vocabulary.metric(named: intent.metric), !isPeopleCount(metric), let orders = vocabulary.orderCount
        else { return }
        // "what % of total revenue comes from repeat buyers": their part of an amount, out of all of it.
        if share {
            guard metric.table == vocabulary.factTable, metric.expr.uppercased().hasPrefix("SUM("), intent.groupBy.isEmpty, intent.bucket == nil else { return }
            intent.shape = .plain
            intent.entityThreshold = .init(table: customersTable, metric: orders.name, above: true, value: 2, orEqual: true)
            intent.asPercentOfBase = true
            return
        }
        // "repeat buyers (2+ orders)": an order count alone is the definition restated, unless it is averaged.
        if metric.role == .orders && intent.perEntity == nil && !intent.median && intent.summary.isEmpty { return }
        intent.shape = .plain
        intent.entityThreshold = .init(table: customersTable, metric: orders.name, above: true, value: 2, orEqual: true)
    }
}
