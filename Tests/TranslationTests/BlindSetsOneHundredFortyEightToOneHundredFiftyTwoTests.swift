import Foundation
import Testing

@testable import Translation

/// Fixes from the first runs of blind sets 148-152, checked on my own rewordings (not the sets' questions).
@Suite struct BlindSetsOneHundredFortyEightToOneHundredFiftyTwoTests {
    let t = TranslatorFixture.cycling

    @Test func sayingWhatRankOneIsShowsTheRank() throws {
        let shown = try #require(t.sql("rank the subcategories by units (1 = best seller)"))
        #expect(shown.contains("AS rank"))
        // Without the definition the rows are only sorted, as before.
        let sorted = try #require(t.sql("rank the subcategories by units"))
        #expect(!sorted.contains("AS rank") && sorted.contains("ORDER BY units DESC"))
        // "each month's rank" is a column too.
        #expect(try #require(t.sql("units per month in 2012 with each month's rank")).contains("RANK() OVER (ORDER BY units DESC) AS rank"))
    }

    @Test func aRankWithinEachPeriodRestartsInIt() throws {
        let yearly = try #require(t.sql("rank the product lines by units within each year"))
        #expect(yearly.contains("PARTITION BY year ORDER BY units DESC") && yearly.contains("ORDER BY year, rank"))
        // Without "within each year" there is no restart.
        #expect(t.sql("rank the product lines by units")?.contains("PARTITION BY") == false)
    }

    @Test func thingsRankedWithinEachGroupAreTheRows() throws {
        // The products are what is ranked; the categories are the groups it restarts in.
        let products = try #require(t.sql("rank products by units within each category"))
        #expect(products.contains("PARTITION BY category ORDER BY units DESC") && products.contains("product_name") && products.contains("AS rank"))
        // Values named after "within" are the groups, and the only ones.
        let named = try #require(t.sql("within bikes and within clothing, rank the products by units"))
        #expect(named.contains("PARTITION BY category") && named.contains("p.category IN ('Bikes', 'Clothing')") && named.contains("product_name"))
        // Without the products, the categories themselves are sorted.
        #expect(t.sql("rank the categories by units")?.contains("product_name") == false)
    }

    @Test func aPeriodSaidOfTheOrdersIsTheWholeOfTheirShare() throws {
        // "what % of 2012 orders included a helmet": helmet orders of 2012 out of all 2012 orders.
        let share = try #require(t.sql("what % of 2012 orders included a helmet"))
        #expect(share.contains("COUNT(DISTINCT f.order_number) AS pct_of_order_count FROM fact_sales f WHERE f.order_date >= '2012-01-01'"))
        #expect(t.sql("what % of orders included a helmet in 2012") == share)
        // Per group, each group's own orders.
        let perCountry = try #require(t.sql("for each country, what % of 2012 orders included a helmet"))
        #expect(perCountry.contains("GROUP BY country") && !perCountry.contains("pct_of_total"))
        // Still a count when no share is asked.
        #expect(try #require(t.sql("how many orders in 2012 included a helmet")).contains("COUNT(DISTINCT f.order_number) AS order_count"))
    }

    @Test func theTopOneOfEachGroupIsNamedBesideItsShare() throws {
        let sql = try #require(t.sql("for each subcategory, what's the top product by units and what % of the subcategory's units is it"))
        #expect(sql.contains("product_name") && sql.contains("PARTITION BY subcategory") && sql.contains("r.rk = 1") && sql.contains("pct_of_units"))
        // The top ten together are still one share.
        #expect(try #require(t.sql("what share of units do our top 10 products account for")).contains("SUM(CASE WHEN rk <= 10"))
    }

    @Test func howManyPeriodsRoseOrFell() throws {
        let count = try #require(t.sql("in how many months of 2012 did units go up compared with the month before"))
        #expect(count.contains("SELECT COUNT(*) AS months FROM r WHERE") && count.contains("> 0"))
        #expect(try #require(t.sql("how many quarters did orders fall vs the quarter before")).contains("< 0"))
        // "which months" lists them; "went down" is a fall.
        let list = try #require(t.sql("which months of 2012 did units go down compared with the month before"))
        #expect(!list.contains("COUNT(*)") && list.contains("< 0 ORDER BY month"))
    }

    @Test func dayOrdinalsAndTheirRestatements() throws {
        let range = try #require(t.sql("units from 10 november 2013 to 20 november 2013"))
        #expect(t.sql("units 10th-20th November 2013") == range)
        let week = try #require(t.sql("daily units for the first week of march 2013"))
        #expect(t.sql("daily units for the first week of march 2013, 1st to 7th") == week)
    }

    @Test func smallWordingsOfThisRound() throws {
        // "customer numbers by X": how many customers.
        #expect(t.sql("customer numbers by gender") == t.sql("number of customers by gender"))
        // "did revenue top 60,000": over, not a ranking.
        #expect(t.sql("on how many days in 2013 did revenue top 60,000") == t.sql("on how many days in 2013 was revenue over 60000"))
        #expect(try #require(t.sql("top 5 products by revenue")).contains("r.rk <= 5"))
        // "Under-30 customers" with an age said: customers under 30.
        #expect(t.sql("under-30 customers (age as of 2014-01-31) by gender") == t.sql("customers under 30 (age as of 2014-01-31) by gender"))
        // "(revenue / units)" restates the average selling price.
        #expect(t.sql("average selling price per category (revenue / units)") == t.sql("average selling price per category"))
        // "(active = bought something that year)" restates what a buyer of the year is.
        #expect(t.sql("revenue per active customer in 2012 (active = bought something that year)") == t.sql("revenue per buyer in 2012"))
        // "what did X bring in": its revenue.
        #expect(t.sql("what did march 2013 bring in") == t.sql("how much revenue did march 2013 bring in"))
        // "... just the difference": the change.
        #expect(t.sql("how much more revenue did we make in 2013 than in 2012? just the difference") == t.sql("how much more revenue did we make in 2013 than in 2012"))
        // "how many men and how many women" keeps the unknown row, as the public set's gold does ("men vs women" does not).
        #expect(t.sql("how many men and how many women do we have as customers in france") != t.sql("how many men vs women do we have as customers in france"))
        // "count each size as its own product": how a product is counted, not a slice by size.
        #expect(t.sql("which jersey is our best seller by units? count each size as its own product") == t.sql("which jersey is our best seller by units"))
        // "black ones vs red ones": two colours compared.
        let colours = try #require(t.sql("road-650 units, black vs red"))
        #expect(t.sql("road-650 units, black ones vs red ones") == colours)
    }

    @Test func aPeriodAgainstTheAverageOfItsPeriods() throws {
        let plain = try #require(t.sql("which months of 2012 had units above average"))
        #expect(t.sql("which months of 2012 had above-average units, compared with the average month of 2012") == plain)
        #expect(t.sql("which months of 2012 beat the average monthly units") == plain)
        // Another year's average is not the same mean: not dropped as a restatement.
        #expect(t.sql("which months of 2012 had above-average units, compared with the average month of 2011") != plain)
    }

    @Test func theLongestGapBetweenConsecutiveOrderDates() throws {
        let days = try #require(t.sql("what's the longest gap in days between two consecutive order dates"))
        #expect(days.contains("LAG(order_date) OVER (ORDER BY order_date)") && days.contains("MAX(days_between) AS longest_gap_days"))
        // Asked which dates, the pairs (ties kept) with the days between.
        let dates = try #require(t.sql("which two consecutive order dates are furthest apart"))
        #expect(dates.contains("from_date, to_date, days_between") && dates.contains("= (SELECT MAX(days_between)"))
        // ("... dates on which we had orders" names the dates; it does not ask which.)
        #expect(t.sql("what's the longest stretch in days between two consecutive dates on which we had orders") == days)
        // A period bounds the dates.
        #expect(try #require(t.sql("longest gap between consecutive order dates in 2012")).contains("f.order_date >= '2012-01-01'"))
        // A customer's own gaps are another question.
        #expect(t.sql("what's the longest gap between a customer's consecutive order dates")?.contains("longest_gap_days") != true)
    }

    @Test func rangesAndPeriodsSaidLoosely() throws {
        // A range of days with no year takes the one year the question names.
        let range = try #require(t.sql("units from 15 november 2012 to 31 december 2012"))
        #expect(t.sql("units for the 2012 holiday season, 15 november to 31 december") == range)
        // A birth limit beside a period of the orders is a limit on the birth year.
        let born = try #require(t.sql("how much did customers born before 1950 spend in 2012"))
        #expect(born.contains("CAST(substr(c.birth_date, 1, 4) AS INTEGER) < 1950") && born.contains("f.order_date >= '2012-01-01'"))
        // "shown next to the units of the same quarter one year earlier": beside the same quarter a year before.
        #expect(t.sql("units for every quarter, shown next to the units of the same quarter one year earlier") == t.sql("units for every quarter compared with the same quarter a year earlier"))
        // Placed in one year and shipped in another: two dates, refused rather than read as two periods compared.
        #expect(t.sql("how many orders were placed in 2012 but shipped in 2013") == nil)
        // "for the year" of a running total of one year says nothing more.
        #expect(t.sql("on which date in 2012 did cumulative revenue for the year first reach 1 million") == t.sql("on which date in 2012 did cumulative revenue first reach 1 million"))
    }

    @Test func whoseOrdersAndTheRowsKeptByANumber() throws {
        // "orders from French customers that contained a bike": the customers filter the orders, the bike is their contents.
        let share = try #require(t.sql("what % of orders from french customers included a helmet"))
        #expect(share.contains("c.country = 'France'") && share.contains("pct_of_order_count") && share.contains("p.subcategory = 'Helmets'"))
        // A list kept by a number shows the number.
        #expect(try #require(t.sql("list the mountain bikes that cost under 500")).contains("p.cost AS cost"))
        // "us" opening a question is the country.
        #expect(try #require(t.sql("us units in 2012")).contains("c.country = 'United States'"))
    }

    @Test func halvesOfEveryYearAndOfTheYearsListed() throws {
        let each = try #require(t.sql("units from january to june of each year"))
        #expect(t.sql("first-half units for each year") == each)
        #expect(t.sql("units in the first half of each year") == each)
        #expect(try #require(t.sql("second half units per year")).contains("BETWEEN 7 AND 12"))
        // The same half of each year listed; the half's months said again change nothing.
        let listed = try #require(t.sql("units in h1 2011, h1 2012 and h1 2013"))
        #expect(t.sql("H1 (Jan-Jun) units for 2011, 2012 and 2013") == listed)
        // A half of one year is read as before.
        #expect(try #require(t.sql("units in the first half of 2012")).contains("f.order_date < '2012-07-01'"))
    }

    @Test func eachGroupsShareInAPeriodOfItsAllTimeTotal() throws {
        let share = try #require(t.sql("for each subcategory, what % of its units were sold in 2012"))
        #expect(share.contains("SUM(CASE WHEN f.order_date >= '2012-01-01'") && share.contains("GROUP BY subcategory") && !share.contains("WHERE f.order_date"))
        // A period of the whole stays the whole's (the inner period's part of it).
        let inner = try #require(t.sql("for each category, what percentage of its 2012 units were sold in Q4"))
        #expect(inner.contains("WHERE f.order_date >= '2012-01-01'") && inner.contains("2012-10-01"))
    }

    @Test func theFirstOrderAndTheEarliestDateAreNotListsOfEveryone() throws {
        // The people of the very first order are not the new customers of each year.
        #expect(t.sql("which customer placed our very first order") == nil)
        #expect(try #require(t.sql("which customers placed their first order in 2012")).contains("HAVING MIN("))
        // The earliest of a date is not every customer sorted.
        #expect(t.sql("which customer has the earliest first order date") == nil)
        #expect(try #require(t.sql("top 5 customers by first order date")).contains("r.rk <= 5"))
        // "do buyers place the most orders on average": orders per buyer, ranked.
        #expect(try #require(t.sql("in which country do buyers place the most orders on average")).contains("orders_per_buyer DESC"))
    }

    @Test func aBreakdownByACustomersDateKeepsTheUnknownRow() throws {
        // Like the birth year, the birth month keeps customers with no birth date as a row.
        let months = try #require(t.sql("how many customers have their birthday in each month of the year"))
        #expect(!months.contains("IS NOT NULL") && months.contains("GROUP BY month"))
        // Sales lines with no order date still have no month.
        #expect(try #require(t.sql("units by month in 2012")).contains("f.order_date >= '2012-01-01'"))
        #expect(try #require(t.sql("units by month")).contains("f.order_date IS NOT NULL"))
        // A purpose said before a dash is set aside.
        #expect(t.sql("For a birthday mailing - how many customers have their birthday in each month of the year?") == months)
    }
}
