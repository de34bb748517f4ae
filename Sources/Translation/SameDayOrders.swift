import Foundation
import SemanticModel
import Warehouse

/// "How many customers have placed two or more separate orders on the same day?": the customers with at least N orders
/// dated on one day, at least once. Slices and filters of the customers' own columns hold; anything else is refused.
extension QuestionParser {
    static let sameDayWords: Set<String> = [
        "placed", "made", "put", "through", "in", "two", "2", "or", "more", "separate", "different", "distinct", "orders", "order", "on", "the", "same", "day",
        "date", "at", "least", "once", "multiple", "several", "than", "one", "a", "single", "have", "has", "had", "ever", "any", "who", "that", "is", "it",
    ]

    func readSameDayOrders(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        guard let day = q.firstIndex(of: ["the", "same", "day"]) ?? q.firstIndex(of: ["a", "single", "day"]) ?? q.firstIndex(of: ["one", "day"]),
            let orders = (max(0, day - 6)..<day).last(where: { ["orders", "order"].contains(q[$0]) }), let count = vocabulary.orderCount,
            q.words.contains("how"), q.words.contains(where: { Lexicon.peopleWords.contains($0) })
        else { return }
        let before = q.span(max(0, orders - 5), upTo: orders).map { q[$0] }.joined(separator: " ")
        var least: Int?
        for (phrase, n) in [
            ("two or more", 2), ("2 or more", 2), ("more than one", 2), ("at least two", 2), ("at least 2", 2), ("multiple", 2), ("several", 2),
            ("three or more", 3), ("3 or more", 3), ("at least three", 3), ("at least 3", 3),
        ] where before.contains(phrase) {
            least = n
            break
        }
        guard let least else { return }
        for i in 0..<(day + 3) where q.isFree(i) && Self.sameDayWords.contains(q[i]) && (i >= orders - 6 || ["at", "least", "once", "ever"].contains(q[i])) { q.use(i..<(i + 1)) }
        intent.sameDayOrders = least
        intent.metric = count.name
    }
}

extension SQLBuilder {
    func sameDayOrders(_ intent: QueryIntent, least: Int) throws -> (String, String) {
        // ("how many customers": the people counted are the measure said, beside the orders the day is about.)
        let counts = ([intent.metric] + intent.extraMetrics).compactMap { vocabulary.metric(named: $0) }
        guard intent.ranking == nil, intent.bucket == nil, intent.periods.isEmpty, intent.entityThreshold == nil, intent.shape == .plain,
            counts.allSatisfy({ vocabulary.countsPeople($0) || $0.name == vocabulary.orderCount?.name }),
            !intent.asPercentOfBase
        else { throw Failure(reason: "customers with several orders on one day, with a ranking, grain, share or other measure") }
        let customers = vocabulary.customersTable
        guard try intent.filters.allSatisfy({ try dimension($0.dimension).table == customers }), try intent.groupBy.allSatisfy({ try dimension($0).table == customers }),
            let orders = vocabulary.orderCount
        else { throw Failure(reason: "customers with several orders on one day, sliced or filtered by something other than the customers") }
        let key = try customerKey()
        let groups = try intent.groupBy.map { try dimension($0) }
        let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let names = groups.map(\.name)
        let outerGroup = names.isEmpty ? "" : " GROUP BY " + names.joined(separator: ", ")
        let inner =
            "SELECT \(groupCols)\(key) AS customer FROM \(try factFrom(intent, withGroups: true))\(try whereClause(intent, timeNotNull: true))"
            + " GROUP BY \((names + [key, time]).joined(separator: ", ")) HAVING \(orders.expr) >= \(least)"
        let sql = "SELECT \(names.map { "\($0), " }.joined())COUNT(DISTINCT customer) AS customers FROM (\(inner))\(outerGroup)"
        let by = names.isEmpty ? "" : " by " + names.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
        return (sql, "customers who placed \(least) or more orders on one day at least once\(by)" + scope(intent))
    }
}
