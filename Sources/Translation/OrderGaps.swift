import Foundation
import SemanticModel
import Warehouse

/// "On average, how many days pass between one order and the same customer's next order?", "every pair of back-to-back
/// orders placed by the same customer: the average gap in days": each customer's dated orders in time order, the days
/// between each one and the next, averaged over all those pairs. Slices and filters of the customers' own columns
/// hold; anything else (a product filter, a ranking, the longest gap) is left to be refused.
extension QuestionParser {
    static let orderGapCues: [[String]] = [
        ["consecutive"], ["back", "to", "back"], ["successive"], ["next", "order"], ["next", "one"], ["the", "next"], ["between", "orders"],
        ["between", "their", "orders"], ["between", "repeat", "orders"],
    ]
    /// The words such a question is made of, taken with it.
    static let orderGapWords: Set<String> = [
        "on", "average", "avg", "mean", "typically", "how", "many", "days", "day", "pass", "passes", "go", "goes", "by", "between", "one", "order", "orders",
        "and", "the", "next", "same", "customer", "customers", "customer's", "s", "their", "a", "an", "consecutive", "successive", "back", "to", "every",
        "pair", "pairs", "of", "placed", "by", "what", "is", "was", "gap", "gaps", "in", "apart", "are", "they", "looking", "at", "take", "taking", "all",
        "those", "over", "such", "use", "using", "sort", "each", "dated", "date", "for", "our", "two", "s", "buyer", "buyers", "s", "whats", "number",
        "it", "from", "that", "this", "do", "does", "typical", "usually", "time", "elapse", "elapses", "lie", "there", "repeat",
    ]

    func readOrderGaps(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        let words = q.words
        guard words.contains(where: { ["days", "day"].contains($0) }), words.contains(where: { ["average", "avg", "mean", "typically", "typical", "usually"].contains($0) }),
            words.contains(where: { ["between", "apart", "gap", "gaps", "pass", "passes", "go", "elapse"].contains($0) }),
            Self.orderGapCues.contains(where: { q.firstIndex(of: $0) != nil }),
            !words.contains(where: { ["longest", "shortest", "longer", "which", "who", "ship", "shipped", "shipping", "due", "first", "last", "second", "median"].contains($0) }),
            let orders = vocabulary.orderCount
        else { return }
        // "for customers with more than one order": the only ones with a gap anyway; "over all the gaps, not per customer":
        // how the average is taken anyway.
        _ = q.take([
            "with more than one order", "who have more than one order", "who placed more than one order", "with at least two orders", "with 2 or more orders",
            "not per customer", "rather than per customer", "not customer by customer", "not averaged per customer",
        ])
        for i in 0..<q.count where q.isFree(i) && Self.orderGapWords.contains(q[i]) && valueAt(q, i) == nil && dimensionNamed(q.words, i) == nil {
            // ("per country", "by gender": a slice is read as one.)
            if ["by", "per", "each", "for"].contains(q[i]), dimensionNamed(q.words, i + 1) != nil || dimensionNamed(q.words, i + 2) != nil { continue }
            q.use(i..<(i + 1))
        }
        intent.orderGaps = true
        intent.metric = orders.name
    }
}

extension SQLBuilder {
    /// The average number of days between each customer's consecutive dated orders (ties in date go by order number).
    func orderGaps(_ intent: QueryIntent) throws -> (String, String) {
        guard intent.ranking == nil, intent.bucket == nil, intent.periods.isEmpty, intent.extraMetrics.isEmpty, intent.entityThreshold == nil, intent.shape == .plain
        else { throw Failure(reason: "the days between a customer's consecutive orders with a ranking, grain or other measure") }
        let customers = vocabulary.customersTable
        guard try intent.filters.allSatisfy({ try dimension($0.dimension).table == customers }), try intent.groupBy.allSatisfy({ try dimension($0).table == customers }),
            let orders = vocabulary.orderCount, let orderColumn = vocabulary.distinctColumn(of: orders)
        else { throw Failure(reason: "the days between a customer's consecutive orders, sliced or filtered by something other than the customers") }
        let key = try customerKey()
        let groups = try intent.groupBy.map { try dimension($0) }
        let groupCols = groups.map { "\($0.expr) AS \($0.name), " }.joined()
        let names = groups.map { "\($0.name), " }.joined()
        let outerGroup = groups.isEmpty ? "" : " GROUP BY " + groups.map(\.name).joined(separator: ", ")
        let gap = dialect.daysBetween("LAG(order_date) OVER (PARTITION BY customer ORDER BY order_date, order_number)", "order_date")
        let sql =
            "WITH o AS (SELECT \(groupCols)\(key) AS customer, \(orderColumn) AS order_number, MIN(\(time)) AS order_date FROM \(try factFrom(intent, withGroups: true))"
            + "\(try whereClause(intent, timeNotNull: true)) GROUP BY \(key), \(orderColumn)), g AS (SELECT \(names)\(gap) AS gap FROM o) "
            + "SELECT \(names)AVG(gap) AS avg_days_between_orders FROM g WHERE gap IS NOT NULL\(outerGroup)"
        let by = groups.isEmpty ? "" : " by " + groups.map { $0.name.replacingOccurrences(of: "_", with: " ") }.joined(separator: " and ")
        return (sql, "average days between a customer's consecutive orders\(by)" + scope(intent))
    }
}
