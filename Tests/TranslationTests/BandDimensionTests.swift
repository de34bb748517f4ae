import Foundation
import Testing

@testable import Translation

/// Bands the question gives are a grouping for every shape: rankings restart in each band, filtered shares are each
/// band's own, and the shapes with builders of their own (shares of customers who bought, repeat buyers, averages
/// per buyer) group by the band's CASE like any column. Without the band the same question has no such grouping.
@Suite struct BandDimensionTests {
    let t = TranslatorFixture.cycling
    let bands = ": under 40, 40-59, 60 and over (age as of 2014-01-31)"

    @Test func aRankingRestartsInEachBand() throws {
        let sql = try #require(t.sql("top subcategory by revenue for each age group" + bands))
        #expect(sql.contains("THEN 'under 40'") && sql.contains("PARTITION BY age_band") && sql.contains("r.rk <= 1"))
        #expect(try #require(t.sql("top subcategory by revenue")).contains("age_band") == false)
    }

    @Test func aFilteredShareIsEachBandsOwn() throws {
        let sql = try #require(t.sql("what % of each age band's spending goes on bikes" + bands))
        #expect(sql.contains("GROUP BY age_band") && sql.contains("100.0 * SUM(CASE WHEN p.category = 'Bikes'"))
    }

    @Test func shapesWithBuildersOfTheirOwnGroupByTheBand() throws {
        for question in [
            "what % of customers in each age band have ever bought clothing",
            "what percentage of buyers in each age band are repeat customers",
            "on average how many orders has a buyer placed, by age group",
        ] {
            let sql = try #require(t.sql(question + bands), "\(question)")
            #expect(sql.contains("THEN '40-59'") && sql.contains("age_band"), "\(question)")
            let unbanded = try #require(t.sql(question.replacingOccurrences(of: "age band", with: "country").replacingOccurrences(of: "age group", with: "country")))
            #expect(!unbanded.contains("age_band"), "\(question)")
        }
    }

    @Test func theInterpretationNamesTheBands() throws {
        let text = try #require(t.interpretation("what % of customers in each age band have ever bought clothing" + bands))
        #expect(text.contains("under 40, 40-59, 60 and over"))
    }
}
