import SemanticModel

/// "What % of customers in each country are aged 65 or over", "what share of our products cost more than 1,000": a
/// number of the counted rows' own, said after the measure's verb, is the part of each group's count; the rows it
/// leaves out stay in the whole. "what % of revenue comes from customers under 40": the sales of those passing, out of
/// all the sales. (Before the verb it restricts what is shared out: "what % of customers aged 65 or
/// over live in each country".)
extension QuestionParser {
    func readPercentPassing(_ intent: inout QueryIntent, _ context: inout Context) {
        guard context.shareRequested, case .plain = intent.shape, intent.ranking == nil, intent.listing == nil, intent.perEntity == nil,
            intent.entityThreshold == nil, intent.extraMetrics.isEmpty, !intent.numericFilters.isEmpty,
            let metric = vocabulary.metric(named: intent.metric)
        else { return }
        // The rows counted: a table's own count, or its rows counted through their sales.
        let sales = metric.table == vocabulary.factTable
        let counted = sales ? countedTable(metric) : (metric.expr.uppercased() == "COUNT(*)" ? metric.table : nil)
        guard counted != nil || sales else { return }
        let verbs: Set<String> = ["are", "is", "were", "was", "who", "whose", "that", "with", "cost", "costs"]
        let after = context.metricSpan.upperBound
        guard after > 0 else { return }
        let part = intent.numericFilters.filter { f in
            guard let start = context.numericFilterStarts[f.column], start >= after, let table = vocabulary.dimension(named: f.column)?.table else { return false }
            let between = (after...start).filter { $0 < context.words.count }.map { context.words[$0] }
            if table == counted { return between.contains(where: verbs.contains) }
            // "what % of revenue comes from customers under 40": the sales of the rows passing, out of all the sales.
            return sales && table != vocabulary.factTable && between.contains { ["from", "by"].contains($0) }
        }
        guard !part.isEmpty, intent.groupBy.allSatisfy({ vocabulary.dimension(named: $0)?.table == counted || sales }) else { return }
        intent.percentPassing = part
        intent.numericFilters.removeAll { part.contains($0) }
        context.shareRequested = false
    }
}
