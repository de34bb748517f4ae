import Foundation
import Testing

@testable import Translation

/// Fixes from the first runs of blind sets 138-142, checked on my own rewordings (not the sets' questions).
@Suite struct BlindSetsOneHundredThirtyEightToOneHundredFortyTwoTests {
    let t = TranslatorFixture.cycling

    @Test func theAverageSaidOfCustomersInThePluralIsPerCustomer() throws {
        let singular = try #require(t.sql("on average, how many orders does a customer place"))
        #expect(t.sql("on average how many orders do customers place") == singular)
        #expect(t.sql("how many orders do our customers place on average") == singular)
        #expect(try #require(t.sql("how much do customers spend on average")) == t.sql("on average how much does a customer spend"))
        // A place between the people and the verb qualifies them and stays a filter.
        let france = try #require(t.sql("on average how much did customers in france spend in 2013"))
        #expect(france.contains("AVG(v)") && france.contains("c.country = 'France'"))
        // Without an average it is still a total.
        #expect(t.sql("how much did customers in france spend in 2013")?.contains("AVG(") == false)
    }

    @Test func aMedianIsTakenInEachSlice() throws {
        // The middle value restarts in each slice, of a per-customer measure and of a column alike.
        let country = try #require(t.sql("median lifetime spend per customer by country"))
        #expect(country.contains("PARTITION BY country ORDER BY v") && country.contains("GROUP BY country"))
        let age = try #require(t.sql("median customer age by gender"))
        #expect(age.contains("PARTITION BY gender ORDER BY v") && age.contains("median_age"))
        // Removing the slice gives the one median.
        let whole = try #require(t.sql("median customer age"))
        #expect(!whole.contains("PARTITION BY") && whole.contains("COUNT(*) OVER ()"))
        // A time slice keeps time's order.
        #expect(try #require(t.sql("median order value by year")).hasSuffix("ORDER BY year"))
        // A ranking of medians is refused rather than read as something else.
        #expect(t.sql("which country has the highest median order value") == nil)
    }
}
