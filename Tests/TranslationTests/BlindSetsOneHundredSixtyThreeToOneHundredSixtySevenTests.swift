import Foundation
import Testing

@testable import Translation

/// Fixes from the first runs of blind sets 163-177, checked on my own rewordings (not the sets' questions).
@Suite struct BlindSetsOneHundredSixtyThreeToOneHundredSixtySevenTests {
    let t = TranslatorFixture.cycling

    /// Both wordings answer, with the same SQL (two refusals would be equal too, and prove nothing).
    func same(_ said: String, _ plain: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let expected = try #require(t.sql(plain), sourceLocation: sourceLocation)
        #expect(t.sql(said) == expected, sourceLocation: sourceLocation)
    }

    @Test func aListOfThingsComparedShowsBothValues() throws {
        let listed = try #require(t.sql("which subcategories sold more units in Q4 2012 than in Q3 2012, and by how many"))
        #expect(listed.contains("AS units_q3_2012") && listed.contains("AS units_q4_2012") && listed.contains("COALESCE(v.units_q4_2012, 0) - COALESCE(v.units_q3_2012, 0) AS units_increase"))
        // The listing's own order is kept outside the join.
        #expect(listed.hasSuffix("ORDER BY l.subcategory"))
        // Without "by how many", the two values without the change.
        let plain = try #require(t.sql("which products sold fewer units in 2012 than in 2011"))
        #expect(plain.contains("AS units_2011") && !plain.contains("units_drop"))
        // A count of them stays one number.
        #expect(t.sql("how many products sold fewer units in 2012 than in 2011")?.contains("units_2011") == false)
    }

    @Test func ordersFromEachGroupAreSharedWithinIt() throws {
        let inline = try #require(t.sql("what % of orders from each country included a helmet"))
        #expect(inline.contains("GROUP BY country") && !inline.contains("pct_of_total"))
        #expect(t.sql("for each country, what % of orders included a helmet") == inline)
        // "their orders" after "for each" are the group's own.
        try same("for each gender, what percentage of their 2012 orders included a bike", "for each gender, what percentage of 2012 orders included a bike")
    }

    @Test func customersInEachAgeGroupWhoBoughtAreSharedWithinIt() throws {
        let within = try #require(t.sql("what percentage of customers in each age group bought in 2012"))
        #expect(within.contains("AS age_decade") && within.contains("/ COUNT(*) AS pct FROM dim_customers c GROUP BY age_decade"))
        // How the customers split over the groups is still a share of the whole.
        #expect(try #require(t.sql("what % of customers are in each age group")).contains("pct_of_total"))
    }

    @Test func aShareOfTheCatalogueThatSoldInAPeriodIsOfEveryProduct() throws {
        let sql = try #require(t.sql("what percentage of our products sold at least one unit in 2012"))
        #expect(sql.contains("FROM dim_products p") && sql.contains("f.order_date >= '2012-01-01'"))
    }

    @Test func aCapitalisedNameAfterASurnameIsAFilter() throws {
        #expect(try #require(t.sql("how many customers with the surname Smith")).contains("c.last_name = 'Smith'"))
        #expect(try #require(t.sql("customers whose first name is Maria, by country")).contains("c.first_name = 'Maria'"))
        // Without the capital it is not read as a name.
        #expect(t.sql("how many customers with the surname smith")?.contains("'smith'") != true)
    }

    @Test func takeTheirAgeAsOfIsTheAgeReference() throws {
        let said = try #require(t.sql("how many customers are 60 or older? Take their age as of 2014-01-31."))
        #expect(said == t.sql("how many customers are 60 or older (age as of 2014-01-31)"))
    }

    @Test func averagesPerSalesLine() throws {
        #expect(try #require(t.sql("average revenue per sales line in 2012")).contains("AVG(f.sales_amount)"))
        #expect(try #require(t.sql("avg number of units per sales line, per category")).contains("GROUP BY category"))
        // "per order line" is not the product line, and a bare "line" is not read as an order line.
        #expect(t.sql("avg revenue per order line in 2012")?.contains("product_line") == false)
        #expect(t.sql("average revenue per line in 2012") == nil)
    }

    @Test func newAndReturningCustomersByPeriod() throws {
        let yearly = try #require(t.sql("revenue from new vs returning customers by year"))
        #expect(yearly.contains("AS new_revenue") && yearly.contains("AS returning_revenue") && yearly.contains("ORDER BY year"))
        #expect(yearly.contains("< CAST(substr(f.order_date, 1, 4) AS INTEGER) THEN 'Returning'"))
        // One period: the split is at its start, as before.
        let once = try #require(t.sql("how many 2012 buyers had already ordered from us in an earlier year"))
        #expect(once.contains("< '2012-01-01' THEN 'Returning'") && once.contains("= 'Returning'"))
        try same("split 2012 revenue between new and returning customers", "2012 revenue from new vs returning customers")
    }

    @Test func remarksAfterTheQuestionAreSetAside() throws {
        try same("which products have a cost of 0? looks like a data issue", "which products have a cost of 0")
        try same("which year had the lowest revenue? Partial years count as they are.", "which year had the lowest revenue")
        // A sentence that restricts stays.
        #expect(t.sql("which products have a cost of 0? only bikes") != t.sql("which products have a cost of 0"))
    }

    @Test func aPercentAboveTheAverageIsAMultipleOfIt() throws {
        let sql = try #require(t.sql("which months of 2012 had revenue more than 20% above the average monthly revenue for 2012"))
        #expect(sql.contains("HAVING SUM(f.sales_amount) > 1.2 * (SELECT AVG(v)"))
        // Without the percent, the average itself.
        #expect(try #require(t.sql("which months of 2012 had revenue above the monthly average for 2012")).contains("HAVING SUM(f.sales_amount) > (SELECT AVG(v)"))
    }

    @Test func usAfterADashIsStillTheCountry() throws {
        let sql = try #require(t.sql("avg number of orders per customer - US vs Canada"))
        #expect(sql.contains("IN ('United States', 'Canada')"))
        #expect(t.sql("avg number of orders per customer, US vs Canada") == sql)
    }

    @Test func someOfThemBesideAllOfThemIsRefused() throws {
        // One filter cannot give all the buyers and the new ones beside them.
        #expect(t.refusal("unique buyers per year, and how many of them were new that year") != nil)
        // The kind alone, per year, is answered.
        #expect(try #require(t.sql("how many returning customers did we have each year")).contains("= 'Returning'"))
    }

    @Test func eachRankedOnesShareOfAPartIsRefused() throws {
        #expect(t.refusal("top 10 customers by revenue, and the % of their revenue from bikes") != nil)
        #expect(t.refusal("for our top 10 customers by lifetime spend, what % of each one's spend went on bikes") != nil)
        // The top rows' share of the whole, and each row's share of the total, still answer.
        #expect(try #require(t.sql("what share of total revenue do our top 10 products account for")).contains("SUM(CASE WHEN rk <= 10"))
        #expect(t.sql("top 10 products by revenue, with their share of the total") != nil)
    }

    @Test func valuesThatEachAccountForAShareAreRows() throws {
        let sql = try #require(t.sql("in 2012, what % of bike units did mountain, road and touring bikes each account for"))
        #expect(sql.contains("pct_of_total") && sql.contains("AS subcategory") && !sql.contains("THEN f.quantity ELSE 0 END) / SUM(f.quantity)"))
    }

    @Test func aMeasurePerRegisteredCustomerIsRefused() throws {
        #expect(t.refusal("rank the countries by 2012 revenue per registered customer") != nil)
        #expect(t.sql("rank the countries by 2012 revenue per customer") != nil)
    }

    @Test func wordingsOfBatchTwo() throws {
        try same("how many sales lines did we record per year", "how many sales lines did we have per year")
        try same("on average how many units are on a sales line, per category", "average units per sales line per category")
        #expect(try #require(t.sql("revenue for the week 23 to 29 december 2012")).contains("f.order_date >= '2012-12-23' AND f.order_date < '2012-12-30'"))
        try same("list the French customers whose gender isn't recorded", "list the French customers whose gender is unknown")
        try same("what % of customers have no gender filled in", "what % of customers have no gender")
        try same("of the customers we first sold to in 2011, what percentage also ordered in 2012", "of the customers whose first order was in 2011, what percentage ordered again in 2012")
        // "and how big was the drop" asks for the change beside each.
        #expect(try #require(t.sql("which products made less revenue in Q4 2012 than in Q3 2012, and how big was the drop")).contains("COALESCE(v.revenue_q3_2012, 0) - COALESCE(v.revenue_q4_2012, 0) AS revenue_drop"))
        // "only count people who bought something in both years" keeps those with sales in each.
        #expect(try #require(t.sql("how many customers spent more in 2012 than in 2011? only count people who bought something in both years")).contains("THEN 1 ELSE 0 END) > 0 AND"))
    }

    @Test func showingTheThingsThemselvesListsThem() throws {
        let rows = try #require(t.sql("show me the German customers who are married"))
        #expect(rows.contains("customer_name") && !rows.contains("COUNT("))
        // Counted or sliced, they are counted.
        #expect(try #require(t.sql("show me the customers by country")).contains("COUNT(*)"))
    }

    @Test func howManyAndWhatPercentOfThemCountsAllOfThem() throws {
        let all = try #require(t.sql("for each year, how many buyers did we have and what % of them were new that year"))
        #expect(all.contains("AS year, COUNT(DISTINCT f.customer_key) AS buyer_count, 100.0 *"))
        // "what % of that cohort is it": the count is of those who came back.
        let part = try #require(t.sql("Of the customers whose first order was in 2011, how many came back and ordered again in 2012, and what % of that cohort is it?"))
        #expect(part.contains("THEN f.customer_key END) AS buyer_count, 100.0 *"))
    }

    @Test func limitsNoRowMeetsAtOnceAreRefused() throws {
        #expect(t.refusal("2012 bike revenue from customers aged 70 and over vs customers under 40") != nil)
        #expect(t.refusal("products costing more than 100 and less than 50") != nil)
        // A range that rows can fall in is a filter.
        #expect(try #require(t.sql("2012 bike revenue from customers aged between 30 and 40")).contains(">= 30"))
    }

    @Test func theCustomerOfTheBiggestOrderIsRefused() throws {
        #expect(t.refusal("which customer placed the biggest order in 2012") != nil)
        #expect(t.refusal("who placed the most valuable order since 1 July 2012") != nil)
        // The order itself, and customers by their number of orders, still answer.
        #expect(t.sql("what was our biggest order in 2012") != nil)
        #expect(t.sql("which customers placed the most orders in 2012") != nil)
    }

    @Test func comingIntoTheCatalogueIsALaunchNotASale() throws {
        let said = t.sql("how many products came into the catalogue in 2012")
        #expect(said?.contains("f.order_date") != true)
        try same("how many products came into the catalogue in 2012", "how many products launched in 2012")
    }

    @Test func theMostDaysBetweenOrderDatesIsTheLongestGap() throws {
        #expect(try #require(t.sql("what was the most days between two consecutive order dates")).contains("days_between"))
    }
}
