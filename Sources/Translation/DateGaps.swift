import Foundation
import SemanticModel
import Warehouse

/// "What's the longest gap in days between two consecutive order dates?", "which two consecutive order dates are
/// furthest apart": the dates that had orders in time order, and the pair (or pairs, when tied) with the most days
/// between one and the next. Not a customer's own orders (that is `OrderGaps`); a period bounds the dates.
extension QuestionParser {
    private static let dateGapWords: Set<String> = [
        "what", "whats", "is", "was", "the", "longest", "biggest", "largest", "greatest", "maximum", "max", "widest", "gap", "gaps", "stretch", "number", "of",
        "days", "day", "between", "two", "consecutive", "successive", "order", "orders", "dates", "date", "one", "and", "next", "on", "which", "we",
        "had", "took", "take", "got", "received", "our", "data", "looking", "at", "are", "furthest", "farthest", "apart", "give", "both", "them", "with",
        "a", "an", "any", "there", "has", "been", "ever", "show", "me", "tell", "back", "to", "without", "no", "it", "s", "distinct", "passed", "went",
        "elapsed", "gone", "by", "that",
    ]

    func readDateGaps(_ q: inout QuestionWords, _ intent: inout QueryIntent) {
        let words = q.words
        guard words.contains(where: { ["dates", "date"].contains($0) }),
            // ("the most days that ever passed between one order date and the next".)
            words.contains(where: { ["longest", "biggest", "largest", "greatest", "maximum", "max", "widest", "furthest", "farthest"].contains($0) })
                || q.firstIndex(of: ["most", "days"]) != nil,
            words.contains(where: { ["consecutive", "successive", "next"].contains($0) }) || q.firstIndex(of: ["back", "to", "back"]) != nil,
            !words.contains(where: { Lexicon.peopleWords.contains($0) || Lexicon.productWords.contains($0) || ["ship", "shipped", "shipping", "due", "average", "each", "per"].contains($0) }),
            let orders = vocabulary.orderCount
        else { return }
        _ = q.take(["in days", "in our data", "in the data"])
        for i in 0..<q.count where q.isFree(i) && (Self.dateGapWords.contains(q[i]) || q[i] == "most" && q[i + 1] == "days") { q.use(i..<(i + 1)) }
        // ("which two dates ...", "give both dates": the dates; "... dates on which we had orders" asks only the days.)
        intent.longestDateGap = ["which", "when"].contains(words.first ?? "") || words.contains("both") ? .dates : .days
        intent.metric = orders.name
    }
}

extension SQLBuilder {
    /// The consecutive dates with orders that lie furthest apart, each pair with the days between (ties kept).
    func longestDateGap(_ intent: QueryIntent, _ gap: QueryIntent.DateGap) throws -> (String, String) {
        guard intent.ranking == nil, intent.bucket == nil, intent.periods.isEmpty, intent.extraMetrics.isEmpty, intent.groupBy.isEmpty, intent.filters.isEmpty,
            intent.numericFilters.isEmpty, intent.shape == .plain
        else { throw Failure(reason: "the longest gap between order dates with a slice, filter, ranking or other measure") }
        let days = dialect.daysBetween("LAG(order_date) OVER (ORDER BY order_date)", "order_date")
        let sql =
            "WITH d AS (SELECT DISTINCT \(time) AS order_date FROM \(try factFrom(intent))\(try whereClause(intent, timeNotNull: true))), g AS (SELECT LAG(order_date) OVER (ORDER BY order_date) AS from_date, order_date AS to_date, \(days) AS days_between FROM d) "
            + (gap == .dates ? "SELECT from_date, to_date, days_between FROM g WHERE days_between = (SELECT MAX(days_between) FROM g)" : "SELECT MAX(days_between) AS longest_gap_days FROM g")
        return (sql, "the longest gap in days between two consecutive dates with orders" + (gap == .dates ? ", with both dates" : "") + scope(intent))
    }
}
