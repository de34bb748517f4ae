import Foundation
import Testing
import Translation

/// Impossible or partly unreadable asks are refused with the reason, never answered without the part.
@Suite struct RefusalTests {
    let t = TranslatorFixture.cycling

    static let impossible: [(String, String)] = [
        ("revenue in 1850", "2010-12-29 to 2014-01-28"),
        ("orders in 2031", "2010-12-29 to 2014-01-28"),
        ("units sold in march 2030", "outside the data"),
        ("top 0 products by revenue", "from 1 to"),
        ("top -5 products by revenue", "from 1 to"),
        ("bottom -1 customers by orders", "from 1 to"),
        ("top 99999999999999999999 products by revenue", "from 1 to"),
        ("top 1e308 products by revenue", "from 1 to"),
        ("revenue between 2014 and 2012", "ends (2012) before it starts (2014)"),
        ("orders from 2013 to 2011", "before it starts"),
        ("revenue from Q4 2013 to Q1 2013", "before it starts"),
        ("revenue by %", "percentage"),
        ("turnover in %", "percentage"),
    ]

    @Test(arguments: impossible.indices) func impossibleAsksAreRefusedWithTheReason(_ i: Int) {
        let (question, reason) = Self.impossible[i]
        let refusal = t.refusal(question)
        #expect(refusal?.contains(reason) == true, "'\(question)' -> \(refusal ?? "answered: \(t.sql(question) ?? "")")")
    }

    static let partsThatWouldBeDropped: [(String, String)] = [
        ("average monthly revenue for each country", "country"),
        ("how many customers spent more than the average product", "average of products"),
        ("average product cost, only products that have sold", "only what has sold"),
        // Said while naming a value, the sentence may restrict the question: it is read, and not understood.
        ("I'm juggling bikes. What was revenue in 2013?", "juggling"),
        ("average order value per customer", "ratio"),
        ("what is the total revenue for bikes and helmets", "different columns"),
        ("revenue, cost and profit by year", "cost"),
        ("which customers bought bikes in 2013 and 2012", "measure"),
        ("list total revenue", "list"),
        ("what is the average age as of 2012-06-30", "2014-01-31"),
        // (A total of sales "as of" a date is the sales up to it; a count of customers has no date to stop at.)
        ("how many customers do we have as of 2013-06-30", "as of"),
        ("repeat customers by product category", "customers' own attributes"),
        ("how many bikes are in the catalogue and how many of them sold in 2013", "how many"),
        ("which products did our biggest customer in france buy", "customer"),
        ("how many customers placed an order in every year from 2011 to 2013", "every year"),
        ("new customers per year and their revenue", "revenue"),
        ("orders in Q1 2013 and in 2012", "two periods"),
        ("revenue by year and by month", "time grains"),
        ("revenue by country sorted ascending and descending", "sort"),
        // A number of periods per customer that no measure counts; read as a threshold on weeks it was a wrong answer.
        ("how many customers ordered in at least three different weeks of 2013", "different weeks"),
        ("top 5 products by revenue, newest first", "newest first"),
        ("how many customers placed two or more separate orders within the same calendar month", "threshold on order count"),
        // Each bike subcategory is wholly inside Bikes: a share of Bikes in it is 100 %, not a share of bike revenue.
        ("what % of that year's bike revenue came from each bike subcategory in 2012 and 2013", "100% or 0%"),
        ("gender split of our top 100 customers by lifetime spend", "best-ranked 100 customers"),
    ]

    @Test(arguments: partsThatWouldBeDropped.indices) func aPartThatCannotBeHonouredIsNamed(_ i: Int) {
        let (question, part) = Self.partsThatWouldBeDropped[i]
        let refusal = t.refusal(question)
        #expect(refusal?.localizedCaseInsensitiveContains(part) == true, "'\(question)' -> \(refusal ?? "answered: \(t.sql(question) ?? "")")")
    }

    @Test func aLongQuestionIsRefusedBeforeAnyPass() {
        let question = "revenue " + String(repeating: "by country ", count: 5_000)
        let refusal = t.refusal(question)
        #expect(refusal?.contains("too long") == true)
    }

    @Test func aPhraseRepeatedUpToTheLimitStillBuildsBoundedSQL() {
        let question = "revenue " + String(repeating: "in france ", count: 70)
        // Either refused or a short SQL: never SQL that grows with the repetitions.
        if let sql = t.sql(question) { #expect(sql.count < 2_000) }
    }

    @Test func wordingVariantsGiveTheSameSQL() throws {
        let base = try #require(t.sql("What was the revenue per country in 2013?"))
        for variant in [
            "what was the revenue per country in 2013", "Could you tell me what was the revenue per country in 2013, please?",
            "I'd like to know the revenue per country in 2013", "quick question: revenue per country in 2013",
            "what was the revenu per country in 2013", "what was the rev per country in 2013",
        ] {
            #expect(t.sql(variant) == base, "\(variant)")
        }
    }
}
