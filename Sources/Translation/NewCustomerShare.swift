import Foundation
import Warehouse

/// "What % of 2013's buyers were new customers", "of the customers who bought in January 2014, what percentage were
/// buying from us for the first time", "for each month of 2013, what share of that month's buyers were new": among the
/// customers who bought in a period (or in each time bucket), those whose first order of all time fell in it.
extension QuestionParser {
    func readNewCustomerShare(_ intent: inout QueryIntent, _ context: inout Context) {
        guard intent.shape == .newCustomers, context.shareRequested, intent.period != nil || intent.bucket != nil, intent.ranking == nil,
            intent.periods.isEmpty, intent.cohort == nil
        else { return }
        // "what percentage of the cohort's customers have bought a bike": the new customers are the whole there, and what
        // is counted among them is another condition, not their being new.
        if let of = context.percentOfAt, (of..<min(of + 4, context.words.count)).contains(where: { ["cohort", "cohorts"].contains(context.words[$0]) }) {
            context.conflicts.append("a share of each cohort's customers (ask for each cohort's count, and for the count of those who did it)")
            return
        }
        intent.asPercentOfBase = true
        context.shareRequested = false
    }
}

extension SQLBuilder {
    func newCustomerShare(_ intent: QueryIntent) throws -> (String, String) {
        let key = try customerKey()
        // A customer is new where their first order of all time falls, whatever else the question filters.
        let firsts = "SELECT \(key) AS customer, MIN(\(time)) AS first_order FROM \(from([vocabulary.factTable], forceFact: true).0) WHERE \(time) IS NOT NULL GROUP BY \(key)"
        var selects: [(String, String)] = try intent.groupBy.map { (try dimension($0).expr, $0) }
        let isNew: String
        if let b = intent.bucket {
            let (expr, label) = try bucketExpr(b, intent)
            selects.insert((expr, label), at: 0)
            // The same calendar period, not the same label: "month 3" of an earlier year is not this March.
            let parts: [@Sendable (String) -> String]
            switch b {
            case .year: parts = [dialect.year]
            case .quarter: parts = [dialect.year, dialect.quarter]
            case .month, .yearMonth: parts = [dialect.yearMonth]
            case .day: parts = [{ $0 }]
            default: throw Failure(reason: "new customers as a share by \(b.rawValue) (a customer is new in one calendar period, not in a recurring one)")
            }
            isNew = parts.map { "\($0("n.first_order")) = \($0(time))" }.joined(separator: " AND ")
        } else if let p = intent.period {
            isNew = periodCondition(p).replacingOccurrences(of: time, with: "n.first_order")
        } else {
            throw Failure(reason: "a share of new customers needs a period or a time breakdown")
        }
        let columns = selects.map { "\($0.0) AS \($0.1)" }
        let sql =
            "SELECT " + (columns + ["100.0 * COUNT(DISTINCT CASE WHEN \(isNew) THEN \(key) END) / COUNT(DISTINCT \(key)) AS pct_new_customers"]).joined(separator: ", ")
            + " FROM \(try factFrom(intent, withGroups: true)) JOIN (\(firsts)) n ON n.customer = \(key)\(try whereClause(intent, timeNotNull: true))"
            + (selects.isEmpty ? "" : " GROUP BY " + selects.map(\.1).joined(separator: ", ") + " ORDER BY " + selects.map(\.1).joined(separator: ", "))
        let by = intent.bucket.map { " in each \($0 == .yearMonth ? "month" : $0.rawValue)" } ?? ""
        return (sql, "share in percent of buyers\(by) whose first order of all time was then" + (intent.groupBy.isEmpty ? "" : " by " + intent.groupBy.joined(separator: " and ")) + scope(intent))
    }
}
