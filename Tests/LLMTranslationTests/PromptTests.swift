import Foundation
import SemanticModel
import Testing

@testable import LLMTranslation

/// Every template rendered against the shipped model: nothing left unfilled, and the parts the
/// issue asks for present.
@Suite struct PromptTests {
    @Test func systemPromptRendersTheWholeShippedModel() throws {
        let prompt = try Fixtures.prompts.systemPrompt(for: "What was our revenue per year?")
        #expect(!prompt.contains("{{"))
        // Role, dialect rules, allow-listed tables, answer format.
        #expect(prompt.contains("into one SQLite query"))
        #expect(prompt.contains("Read only these tables: dim_customers, dim_products, fact_sales."))
        #expect(prompt.contains("{\"refusal\":"))
        #expect(prompt.contains("fact_sales.order_date"))
        // Tables, columns with descriptions, synonyms, sample values, metrics, filters, joins.
        #expect(prompt.contains("Table dim_customers (\"customers\")"))
        #expect(prompt.contains("customer_name (first_name || ' ' || last_name)"))
        #expect(prompt.contains("Country of residence; n/a when unknown."))
        #expect(prompt.contains("Synonyms: countries, nation"))
        #expect(prompt.contains("'Australia'"))
        #expect(prompt.contains("revenue = SUM(sales_amount)"))
        #expect(prompt.contains("defines them (customer_count, average_age, product_count, revenue,"))
        #expect(prompt.contains("bikes_only: WHERE"))
        #expect(prompt.contains("fact_sales JOIN dim_customers ON fact_sales.customer_key = dim_customers.customer_key"))
        // Few-shot: the most similar verified query, with its SQL.
        #expect(prompt.contains("Question: What was our revenue per year?"))
        #expect(prompt.contains("CAST(substr(order_date, 1, 4) AS INTEGER) AS year"))
    }

    @Test func examplesAreTheMostSimilarVerifiedQueries() {
        let prompts = Fixtures.prompts
        #expect(prompts.similarVerifiedQueries(to: "share of buyers with more than one order").first?.name == "repeat_buyer_share")
        #expect(prompts.similarVerifiedQueries(to: "revenue each year").first?.name == "revenue_by_year")
        #expect(prompts.similarVerifiedQueries(to: "zebra migration").isEmpty)
    }

    @Test func aSmallBudgetKeepsOnlyTheRelevantTables() throws {
        var prompts = Fixtures.prompts
        prompts.tokenBudget = 1_000
        let prompt = try prompts.systemPrompt(for: "how many customers per country and gender")
        #expect(prompt.contains("Table dim_customers"))
        #expect(!prompt.contains("Table dim_products"))
        // The allow-list still names every table; joins only among the tables shown.
        #expect(prompt.contains("Read only these tables: dim_customers, dim_products, fact_sales."))
        #expect(!prompt.contains("JOIN dim_products"))
        #expect(PromptBuilder.estimateTokens(try prompts.renderModel(tables: prompts.relevantTables(for: "customers by country"))) <= 1_000)
    }

    @Test func questionFollowUpAndRepairRender() throws {
        let prompts = Fixtures.prompts
        let plain = try prompts.userMessage("revenue by country", previous: nil)
        #expect(plain == "Question: revenue by country\n")
        let followUp = try prompts.userMessage("and only for bikes?", previous: LLMTurn(question: "revenue by country", sql: Fixtures.goodSQL))
        #expect(followUp.contains("The previous question was: revenue by country"))
        #expect(followUp.contains("Its SQL was: \(Fixtures.goodSQL)"))
        #expect(followUp.hasSuffix("Question: and only for bikes?\n"))
        let repair = try prompts.repairMessage(sql: Fixtures.rawSQL, reason: "reads stg_crm_sales_details", attempt: 1, maxAttempts: 3)
        #expect(repair.contains("attempt 1 of 3"))
        #expect(repair.contains(Fixtures.rawSQL))
        #expect(repair.contains("Reason: reads stg_crm_sales_details"))
        #expect(!repair.contains("{{"))
    }

    @Test func placeholderMistakesAreErrorsNamingTheTemplate() {
        #expect(throws: LLMError.configuration("the prompt template t.md uses {{tabels}}, which has no value; known: tables")) {
            try PromptTemplates.render("Read {{tabels}}", named: "t.md", values: ["tables": "x"])
        }
        #expect(throws: LLMError.configuration("the prompt template t.md lacks {{question}}")) {
            try PromptTemplates.render("no placeholder", named: "t.md", values: ["question": "q"])
        }
    }

    @Test func aMissingTemplateIsNamed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("prompts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            _ = try PromptTemplates.load(directory: dir)
            Issue.record("loading an empty folder should fail")
        } catch {
            #expect("\(error)".contains("\(dir)/translate.md cannot be read"))
        }
    }
}
