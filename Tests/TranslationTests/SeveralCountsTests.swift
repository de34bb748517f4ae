import Foundation
import Testing

@testable import Translation

/// Several counts set side by side: the parts join on the breakdown's columns; a part may carry its count and its
/// percentage; parts that break down by different columns are not joined.
@Suite struct SeveralCountsTests {
    @Test func partsJoinOnTheBreakdownAndKeepEachValue() throws {
        let sql = try #require(
            SeveralCounts.combined(
                ["SELECT 1", "SELECT 2"], columns: [["category", "product_count"], ["category", "products", "pct"]], labels: ["in the catalogue", "sold"]))
        #expect(sql.contains("COALESCE(part1.\"product_count\", 0) AS \"in the catalogue\""))
        // The count and its percentage both stay.
        #expect(sql.contains("COALESCE(part2.\"products\", 0) AS \"sold (products)\"") && sql.contains("COALESCE(part2.\"pct\", 0) AS \"sold\""))
        #expect(sql.contains("FULL JOIN part2 ON part1.\"category\" IS part2.\"category\""))
    }

    @Test func partsWithDifferentBreakdownsAreNotJoined() {
        #expect(SeveralCounts.combined(["SELECT 1", "SELECT 2"], columns: [["country", "customer_count"], ["category", "product_count"]], labels: ["a", "b"]) == nil)
        // A second value that is no percentage is not a part's own.
        #expect(SeveralCounts.combined(["SELECT 1", "SELECT 2"], columns: [["country", "a"], ["country", "b", "c"]], labels: ["a", "b"]) == nil)
    }

    @Test func totalsWithoutABreakdownSitInOneRow() throws {
        let sql = try #require(SeveralCounts.combined(["SELECT 1", "SELECT 2"], columns: [["customers"], ["orders"]], labels: ["a", "b"]))
        #expect(sql.contains("CROSS JOIN part2"))
    }

    @Test func aLaterPartTakesItsYearFromTheFirst() throws {
        // "the year before that": the year before the first part's ("last year" is the year before the data's last).
        let years = try #require(SeveralCounts.parts(of: "How many orders did we get last year, and how many the year before that?", latestYear: 2014))
        #expect(years.map(\.text) == ["How many orders did we get last year", "how many orders in 2012?"])
        let named = try #require(SeveralCounts.parts(of: "how many orders did we get in 2013 and how many the year before"))
        #expect(named.last?.text == "how many orders in 2012")
        // A half said without its year is of the first part's.
        let halves = try #require(SeveralCounts.parts(of: "How many bikes did we sell in the first half of 2013 and how many in the second half?"))
        #expect(halves.last?.text == "how many bikes in the second half of 2013?")
        // (With a year of its own, a part keeps it.)
        let own = try #require(SeveralCounts.parts(of: "how many bikes in the first half of 2013 and how many in the second half of 2012"))
        #expect(own.last?.text == "how many bikes in the second half of 2012")
    }
}
