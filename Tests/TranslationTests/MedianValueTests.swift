import Foundation
import Testing

@testable import Translation

/// The median of the rows' own values ("median age"): the middle value, NULLs left out, in each slice of a breakdown;
/// the median per order or customer stays that of each one's own total.
@Suite struct MedianValueTests {
    let t = TranslatorFixture.cycling

    @Test func theMiddleOfTheRowsOwnValues() throws {
        let sql = try #require(t.sql("What is the median customer age, as of 2014-01-31? Leave out anyone without a birth date."))
        #expect(sql.hasPrefix("WITH a AS (SELECT (2014 - CAST(substr(c.birth_date, 1, 4) AS INTEGER)"))
        #expect(sql.contains("ROW_NUMBER() OVER (ORDER BY v)") && sql.hasSuffix("SELECT AVG(v) AS median_age FROM o WHERE rn IN ((n + 1) / 2, (n + 2) / 2)"))
        // Filters on the rows hold; without "median" the same words are the average.
        #expect(try #require(t.sql("median age of french customers")).contains("WHERE c.country = 'France'"))
        #expect(try #require(t.sql("average age of french customers")).contains("ROW_NUMBER") == false)
    }

    @Test func aBreakdownRestartsTheMedianAndPerEntityMediansStay() throws {
        let country = try #require(t.sql("median age by country"))
        #expect(country.contains("ROW_NUMBER() OVER (PARTITION BY country ORDER BY v)") && country.hasSuffix("GROUP BY country"))
        #expect(try #require(t.sql("median order value")).contains("AS median_revenue_per_order"))
    }
}
