import Foundation
import Warehouse

/// "How many customers placed at least one order in every year from 2011 to 2013?", "how many products sold in each and
/// every quarter of 2013": customers (products) with sales in each of
/// the period's years (quarters, months), not a count for each year. "In every year" alone may mean either, so it is
/// read this way only with words that say so ("at least one order in every", "each and every"); otherwise it stays a
/// refusal that names the two readings.
extension QuestionParser {
    func activeInEveryBucket(_ intent: inout QueryIntent, _ context: inout Context) {
        guard context.inEveryBucket, context.everyMeansAll, let bucket = intent.bucket,
            let metric = vocabulary.metric(named: intent.metric), let table = everyCountedTable(metric), intent.ranking == nil, intent.groupBy.isEmpty,
            case .plain = intent.shape, let period = intent.period, let active = activeInEvery(table, bucket, period)
        else { return }
        intent.activeInEvery = active
        intent.bucket = nil
        context.inEveryBucket = false
    }

    /// The rows of `table` with sales in each year (quarter, month) of `period`; nil for other buckets or a period of
    /// fewer than two of them.
    func activeInEvery(_ table: String, _ bucket: QueryIntent.Bucket, _ period: QueryIntent.Period) -> QueryIntent.ActiveInEvery? {
        guard [.year, .quarter, .month, .yearMonth].contains(bucket), let from = period.from else { return nil }
        // The last day counted: the period's, or the data's when the period runs on to its end.
        let last = period.until.map { SQLDateMath.addDays($0, -1) } ?? latestDate
        let a = from.split(separator: "-").compactMap { Int($0) }
        let b = last.split(separator: "-").compactMap { Int($0) }
        guard a.count == 3, b.count == 3, from <= last else { return nil }
        let count: Int
        switch bucket {
        case .year: count = b[0] - a[0] + 1
        case .quarter: count = (b[0] * 4 + (b[1] - 1) / 3) - (a[0] * 4 + (a[1] - 1) / 3) + 1
        default: count = (b[0] * 12 + b[1]) - (a[0] * 12 + a[1]) + 1
        }
        guard count >= 2 else { return nil }
        return .init(table: table, bucket: bucket, period: period, count: count)
    }

    /// The customers or products a measure counts ("customers", "buyers", "products sold"): those that can have sales
    /// in every period.
    func everyCountedTable(_ metric: Vocabulary.Metric) -> String? {
        if isPeopleCount(metric) { return customersTable }
        return countedTable(metric).flatMap { [customersTable, productsTable].contains($0) ? $0 : nil }
    }
}

extension SQLBuilder {
    /// The customers with sales in each of the `count` periods of the span.
    func activeInEveryCondition(_ a: QueryIntent.ActiveInEvery, onFact: Bool) throws -> (sql: String, table: String) {
        guard let keys = joinKeys(a.table) else { throw Failure(reason: "\(a.table) cannot be matched to sales") }
        let period: String
        switch a.bucket {
        case .year: period = dialect.year(time)
        case .quarter: period = "\(dialect.year(time)) || '-Q' || \(dialect.quarter(time))"
        default: period = dialect.yearMonth(time)
        }
        let sub =
            "SELECT \(keys.factColumn) FROM \(fact.physical) \(fact.alias) WHERE \(periodCondition(a.period)) GROUP BY \(keys.factColumn)"
            + " HAVING COUNT(DISTINCT \(period)) = \(a.count)"
        return onFact ? ("\(keys.factColumn) IN (\(sub))", vocabulary.factTable) : ("\(keys.dimColumn) IN (\(sub))", a.table)
    }

    func describeActiveInEvery(_ a: QueryIntent.ActiveInEvery) -> String {
        let grain = a.bucket == .yearMonth ? "month" : a.bucket.rawValue
        return "only \(a.table) with sales in every \(grain) of \(a.period.label) (all \(a.count))"
    }
}
