/// "how many are men, women or unknown gender": a filter that names every value of a column, the unknown row
/// included, keeps every row, so it filters nothing; what the list asks for is each value's own row.
extension QuestionParser {
    func everyValueNamedAsGroups(_ intent: inout QueryIntent) {
        func namesEveryValue(_ filter: QueryIntent.ValueFilter) -> Bool {
            guard filter.values.contains(QueryIntent.unknownValue) else { return false }
            let known = Set(vocabulary.values.filter { $0.dimension == filter.dimension }.map { $0.value.lowercased() })
            let named = Set(filter.values.filter { $0 != QueryIntent.unknownValue }.map { $0.lowercased() })
            return !known.isEmpty && named == known
        }
        for (index, filter) in intent.filters.enumerated().reversed() where namesEveryValue(filter) {
            intent.filters.remove(at: index)
            if !intent.groupBy.contains(filter.dimension) { intent.groupBy.append(filter.dimension) }
        }
        // "what % of our customers are male, female or of unknown gender": the part named is every row, so each value's
        // share of the whole.
        if case .shareOf(let part) = intent.shape, let filter = part.first(where: namesEveryValue) {
            if !intent.groupBy.contains(filter.dimension) { intent.groupBy.append(filter.dimension) }
            let rest = part.filter { $0 != filter }
            intent.shape = rest.isEmpty ? .share : .shareOf(rest)
        }
    }

    /// "the average catalogue cost of our road bikes, mountain bikes and touring bikes": an average (or a ratio) of
    /// several values named with "and" is one figure for each, as a list of them asks; an average pooled over them
    /// is said with "or", "combined" or "together". Sums and counts keep the named values together, as before.
    func averageOfEachNamed(_ q: QuestionWords, _ intent: inout QueryIntent) {
        guard intent.shape == .plain, intent.ranking == nil, intent.groupBy.isEmpty, intent.bucket == nil, intent.band == nil, intent.extraMetrics.isEmpty,
            intent.perEntity == nil, intent.listing == nil, intent.periods.isEmpty, !intent.pivot,
            let metric = vocabulary.metric(named: intent.metric), metric.expr.uppercased().hasPrefix("AVG(") || metric.expr.contains("/"),
            !q.words.contains(where: { ["or", "combined", "together", "overall", "pooled", "all", "vs", "versus"].contains($0) }),
            let index = intent.filters.firstIndex(where: { f in
                f.values.count >= 2 && f.values.allSatisfy(QueryIntent.isPlainValue)
            }),
            q.words.contains("and")
        else { return }
        let dimension = intent.filters[index].dimension
        intent.groupBy.append(dimension)
    }
}
