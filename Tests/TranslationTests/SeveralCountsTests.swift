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
}
