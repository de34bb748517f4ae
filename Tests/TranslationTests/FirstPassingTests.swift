import Foundation
import Testing

@testable import Translation

/// "In which month did revenue first go above 1 million": the earliest time bucket whose measure (or running total)
/// passes a value; without "first" the same words list every bucket that passes; without a series it is refused.
@Suite struct FirstPassingTests {
    let t = TranslatorFixture.cycling

    @Test func theEarliestMonthWhoseTotalPasses() throws {
        let sql = try #require(t.sql("In which month of 2013 did monthly revenue first go above 1 million?"))
        #expect(sql.hasSuffix("WHERE revenue > 1000000 ORDER BY month LIMIT 1"))
        // Within one year, months are keyed by their number, however the month was asked for.
        #expect(sql.contains("CAST(substr(f.order_date, 6, 2) AS INTEGER) AS month"))
        #expect(t.sql("in which month of 2013 did revenue first go above 1 million") == sql)
        // Without "first", every month that passes.
        let every = try #require(t.sql("which months of 2013 had revenue above 1 million"))
        #expect(!every.contains("LIMIT 1") && every.contains("HAVING SUM(f.sales_amount) > 1000000"))
    }

    @Test func reachingIncludesTheValueAndARunningTotalIsCompared() throws {
        let sql = try #require(t.sql("In which month of 2013 did our year-to-date revenue first reach 10 million?"))
        #expect(sql.contains("SUM(v) OVER (ORDER BY month) AS running_total") && sql.hasSuffix("WHERE running_total >= 10000000 ORDER BY month LIMIT 1"))
        #expect(try #require(t.sql("when did cumulative revenue in 2013 first pass 5 million, by month")).hasSuffix("WHERE running_total > 5000000 ORDER BY month LIMIT 1"))
    }

    @Test func withoutASeriesOfPeriodsItIsRefused() {
        #expect(t.sql("which country first went above 1 million in revenue") == nil)
        #expect(t.sql("first go above 1 million") == nil)
    }
}
