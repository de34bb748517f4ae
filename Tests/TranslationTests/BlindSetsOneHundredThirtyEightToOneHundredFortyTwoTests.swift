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
}
