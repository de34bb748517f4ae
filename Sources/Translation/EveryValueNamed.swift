/// "how many are men, women or unknown gender": a filter that names every value of a column, the unknown row
/// included, keeps every row, so it filters nothing; what the list asks for is each value's own row.
extension QuestionParser {
    func everyValueNamedAsGroups(_ intent: inout QueryIntent) {
        for (index, filter) in intent.filters.enumerated().reversed() where filter.values.contains(QueryIntent.unknownValue) {
            let known = Set(vocabulary.values.filter { $0.dimension == filter.dimension }.map { $0.value.lowercased() })
            let named = Set(filter.values.filter { $0 != QueryIntent.unknownValue }.map { $0.lowercased() })
            guard !known.isEmpty, named == known else { continue }
            intent.filters.remove(at: index)
            if !intent.groupBy.contains(filter.dimension) { intent.groupBy.append(filter.dimension) }
        }
    }
}
