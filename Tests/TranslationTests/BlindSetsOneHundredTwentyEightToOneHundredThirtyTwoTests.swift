import Foundation
import Testing

@testable import Translation

/// Fixes from the first runs of blind sets 128-132, checked on my own rewordings (not the sets' questions).
@Suite struct BlindSetsOneHundredTwentyEightToOneHundredThirtyTwoTests {
    let t = TranslatorFixture.cycling

    @Test func wrongAnswersOfTheFirstRunsStayFixed() throws {
        // "A single unit" is one unit, not the marital status.
        #expect(t.sql("how many customers bought exactly one item in total, i.e. a single unit")?.contains("'Single'") != true)
        // An order's total is its revenue; orders are never ranked by how many orders each one is.
        let biggest = try #require(t.sql("top 5 orders by order total in 2013"))
        #expect(biggest.contains("SUM(f.sales_amount) AS revenue") && !biggest.contains("order_count"))
        // Who placed each order is a column no ranking of orders shows: refused, not dropped.
        #expect(t.sql("the biggest order since 1 July 2013, with the order number and who placed it") == nil)
        #expect(t.sql("the biggest order since 1 July 2013, with the order number") != nil)
        // A change said with no percent is the amount; with a percent it stays the growth rate.
        #expect(try #require(t.sql("units sold each month of 2013 with the change vs the previous month")).contains("AS change"))
        #expect(try #require(t.sql("units sold each month of 2013 with the % change vs the previous month")).contains("AS growth_pct"))
        // The same share over other rows, side by side, is refused.
        #expect(t.sql("for each category, what % of UK customers' 2013 revenue came from it, next to the same % for all countries") == nil)
        // A breakdown named by a table word keeps its column beside a clause keeping the unknown row.
        let gender = try #require(t.sql("helmet units in each quarter of 2013, split by customer gender (unknown gender as its own group)"))
        #expect(gender.contains("GROUP BY gender") || gender.contains("c.gender AS gender"))
        // The two years of a change said again after the years named are those periods, not a span of years.
        let twoYears = try #require(t.sql("for road bikes, the units sold in 2012, the units sold in 2013 and the growth from 2012 to 2013"))
        #expect(twoYears.contains("AS units_2012") && !twoYears.contains("LAG("))
        // A number of times is of orders, also beside a ranking.
        let ranked = try #require(t.sql("top 10 customers by average order value, only customers who ordered at least 3 times"))
        #expect(ranked.contains("HAVING COUNT(DISTINCT f.order_number) >= 3") && !ranked.contains("/ COUNT(DISTINCT f.order_number) >= 3"))
    }

    @Test func aRelativeClauseBeforeTheVerbSaysWhoIsSharedOut() throws {
        // "Of the people who bought in the UK, what % are married": the country is the whole, the status the part.
        let married = try #require(t.sql("what % of the people who have bought from us in the UK are married"))
        #expect(married.contains("WHERE c.country = 'United Kingdom'") && married.contains("CASE WHEN c.marital_status = 'Married'"))
        let women = try #require(t.sql("what percentage of customers in france who bought a bike are women"))
        #expect(women.contains("CASE WHEN c.gender = 'Female'") && women.contains("p.category = 'Bikes'") && !women.contains("c.gender = 'Female')) / COUNT(*)"))
    }

    @Test func formalOutputInstructionsAreRead() throws {
        // A country's shop is its customers' business; shops and stores as such are out of scope.
        #expect(try #require(t.sql("UK store: revenue by product line in 2013")) == t.sql("UK: revenue by product line in 2013"))
        #expect(t.sql("how many stores do we have in the UK") == nil)
        // "Return the ..." is "show the ..."; "customers who return" is not touched.
        #expect(try #require(t.sql("revenue by subcategory in 2013. Return the subcategory and its revenue")) == t.sql("revenue by subcategory in 2013. Show the subcategory and its revenue"))
        // Ties at a place, both dates of a range, a sort verb before its order, "greatest".
        #expect(try #require(t.sql("top 3 products by revenue in each product line, keep ties at third place")) == t.sql("top 3 products by revenue in each product line"))
        #expect(try #require(t.sql("units sold from 1 October 2012 to 31 March 2013, both dates inclusive")) == t.sql("units sold from 1 October 2012 to 31 March 2013"))
        #expect(
            try #require(t.sql("average order value by country in 2013, sort the countries from the highest average order value to the lowest"))
                == t.sql("average order value by country in 2013, from the highest average order value to the lowest"))
        #expect(try #require(t.sql("which month of 2013 had the greatest number of buyers, including any tied months")) == t.sql("which month of 2013 had the highest number of buyers"))
    }

    @Test func smallWordingsAndOrderThresholdsWithTheirCustomers() throws {
        // "more then" is "more than"; "final" is "last"; "did we process" and "even partial ones" add nothing.
        #expect(try #require(t.sql("how many orders in 2012 were worth more then 3,000")) == t.sql("how many orders in 2012 were worth more than 3,000"))
        #expect(try #require(t.sql("daily revenue for the final 7 days")) == t.sql("daily revenue for the last 7 days"))
        #expect(try #require(t.sql("how many order lines did we process each year")) == t.sql("how many order lines each year"))
        #expect(try #require(t.sql("best and worst quarters ever for revenue, even partial ones")) == t.sql("best and worst quarters ever for revenue"))
        // An order has one customer: a customer's filter keeps whole orders beside a threshold on each order.
        let canada = try #require(t.sql("how many orders from canadian customers had 3 or more line items"))
        #expect(canada.contains("c.country = 'Canada'") && canada.contains("HAVING COUNT(*) >= 3"))
    }

    @Test func countsForEachNumberAreADistribution() throws {
        // One count per number, said as examples, is the distribution of each buyer's count.
        let categories = try #require(t.sql("how many buyers bought from just one product category, how many from two, and how many from three"))
        #expect(categories.contains("COUNT(DISTINCT p.category) AS v") && categories.contains("GROUP BY v"))
        let products = try #require(t.sql("how many customers bought exactly 1 distinct product, how many 2, how many 3, etc"))
        #expect(products.contains("COUNT(DISTINCT f.product_key) AS v"))
        // Said after the breakdown, the examples add nothing; "by how many different X" is the same breakdown.
        #expect(
            try #require(t.sql("number of buyers by how many different categories they bought from - how many bought from 1 category, how many from 2, and so on"))
                == t.sql("number of buyers by how many different categories they bought from"))
        #expect(try #require(t.sql("number of buyers by how many different categories they bought from")).contains("COUNT(DISTINCT p.category) AS v"))
        // Two counts of different things stay refused.
        #expect(t.sql("how many customers bought a bike and how many bought 2 helmets") == nil)
    }

    @Test func fixesFromTheSecondBatchStayFixed() throws {
        // Having bought before a year and no order since it is one condition: the last order before it.
        let lapsed = try #require(t.sql("for each country, how many customers bought from us before 2013 but haven't ordered since the start of 2013"))
        #expect(lapsed.contains("HAVING MAX(f.order_date) < '2013-01-01'") && !lapsed.contains("'Returning'"))
        // A breakdown said after the people and what they did: each group's own share.
        let perStatus = try #require(t.sql("what share of buyers only ever placed one order? break it down by marital status"))
        #expect(perStatus.contains("GROUP BY marital_status") && !perStatus.contains("OVER ()"))
        // "What have those customers spent" is a second measure of the people counted.
        let spent = try #require(t.sql("how many customers have placed 3 or more orders, and what have those customers spent altogether"))
        #expect(spent.contains("buyer_count") && spent.contains("SUM(f.sales_amount) AS revenue"))
        // The people counted are never dropped for another measure.
        #expect(t.sql("how many french customers bought a bike, and how much did those customers spend in total") == nil)
        // All colours combined is no split by colour; per product it stays refused.
        #expect(try #require(t.sql("how many helmets did we sell in 2013, all colours combined")) == t.sql("how many helmets did we sell in 2013"))
        #expect(t.sql("revenue per product, sizes and colours combined") == nil)
    }

    @Test func clippedAndDefinitionalWordingsAreRead() throws {
        // Short forms and signs.
        #expect(try #require(t.sql("rev by ctry and cat, 2013")) == t.sql("revenue by country and category, 2013"))
        #expect(try #require(t.sql("# custs w/ avg order value > 1k")).contains("COUNT(DISTINCT f.order_number) > 1000"))
        #expect(try #require(t.sql("customers with >= 3 orders")) == t.sql("customers with at least 3 orders"))
        // The model's own definitions said again add nothing.
        #expect(
            try #require(t.sql("orders in each month of 2013? Please count an order once even if it has several lines, and go by the order date"))
                == t.sql("orders in each month of 2013"))
        #expect(try #require(t.sql("revenue by country in 2013. Revenue means sales_amount summed")) == t.sql("revenue by country in 2013"))
        #expect(try #require(t.sql("units by year, where units means quantity summed")) == t.sql("units by year"))
    }

    @Test func theThingsSoldAndAHalfWithoutItsYear() throws {
        // "Sell the most touring bikes": the most units of them.
        let touring = try #require(t.sql("in which month of 2013 did we sell the most touring bikes"))
        #expect(touring.contains("SUM(f.quantity) AS units") && touring.contains("'Touring Bikes'"))
        #expect(t.sql("which bikes sold the most") == nil)
        // The half set against another takes its year.
        #expect(
            try #require(t.sql("which bikes sold fewer units in the second half of 2013 than in the first half"))
                == t.sql("which bikes sold fewer units in the second half of 2013 than in the first half of 2013"))
    }

    @Test func rescoringFoundTheseTooBroad() throws {
        // "Customers who bought them", "the people buying each" are the people themselves, not a column beside orders.
        #expect(try #require(t.sql("top 5 products by number of different customers who bought them")).contains("COUNT(DISTINCT f.customer_key)"))
        // A list of customers by a number of times keeps its own reading; "same figure for the US" asks the question again.
        #expect(t.sql("which German customers have ordered 3 times or more? show how many orders each one placed") != nil)
        #expect(t.sql("what percentage of French customers' 2013 spending went on accessories? Same figure for the US please") != nil)
    }

    @Test func aValueNamedAsTheWholeIsNeverThePart() throws {
        // "What percentage of Australia's total revenue did each represent": Australia is the whole; refused, not read as
        // each subcategory's share from Australia.
        #expect(t.sql("among Australian customers, which three subcategories produced the most revenue in 2013, and what percentage of Australia's total 2013 revenue did each represent") == nil)
        #expect(try #require(t.sql("what percentage of revenue comes from australia")).contains("CASE WHEN c.country = 'Australia'"))
        // People named right after "% of" are the part ("the percentage of married customers").
        #expect(try #require(t.sql("which country has the highest percentage of married customers")).contains("CASE WHEN c.marital_status = 'Married'"))
    }
}
