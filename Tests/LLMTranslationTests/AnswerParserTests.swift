import Testing

@testable import LLMTranslation

/// What real models return around the JSON asked for.
@Suite struct AnswerParserTests {
    let sql = "SELECT country, COUNT(*) AS customers FROM dim_customers GROUP BY country"

    @Test func plainJSON() throws {
        #expect(
            try LLMAnswerParser.parse(#"{"sql": "\#(sql)", "interpretation": "customers per country"}"#)
                == .sql(sql, interpretation: "customers per country"))
    }

    @Test func fencedJSONWithProseAndASemicolon() throws {
        let text = """
            Sure! Here is the query you asked for:

            ```json
            {"sql": "\(sql);", "interpretation": "customers per country"}
            ```
            Let me know if you need anything else.
            """
        #expect(try LLMAnswerParser.parse(text) == .sql(sql, interpretation: "customers per country"))
    }

    @Test func bracesInsideStringsAndSeveralSemicolons() throws {
        let text = #"Answer: {"sql": "SELECT '{x}' AS t FROM dim_products ;; ", "interpretation": "braces {in} text"} done"#
        #expect(try LLMAnswerParser.parse(text) == .sql("SELECT '{x}' AS t FROM dim_products", interpretation: "braces {in} text"))
    }

    @Test func bareSQLInASQLFence() throws {
        let text = "The query:\n```sql\n\(sql);\n```\nThis counts customers."
        #expect(try LLMAnswerParser.parse(text) == .sql(sql, interpretation: ""))
    }

    @Test func bareSQLInProse() throws {
        let text = "I would run\nSELECT COUNT(*)\nFROM dim_customers;\nwhich counts them."
        #expect(try LLMAnswerParser.parse(text) == .sql("SELECT COUNT(*)\nFROM dim_customers", interpretation: ""))
    }

    @Test func sqlFencedInsideTheJSONValue() throws {
        #expect(try LLMAnswerParser.parse(#"{"sql": "```sql\nSELECT 1 FROM dim_products;\n```"}"#) == .sql("SELECT 1 FROM dim_products", interpretation: ""))
    }

    @Test func refusal() throws {
        #expect(try LLMAnswerParser.parse(#"```json{"refusal": "there is no stock data"}```"#) == .refusal("there is no stock data"))
        #expect(try LLMAnswerParser.parse(#"{"sql": null, "refusal": "no weather data"}"#) == .refusal("no weather data"))
    }

    @Test func unreadableAnswersAreErrorsQuotingTheirStart() {
        #expect(throws: LLMAnswerParser.Failure(description: "the answer is empty")) { try LLMAnswerParser.parse("  \n") }
        do {
            _ = try LLMAnswerParser.parse("I cannot help with that {broken")
            Issue.record("prose without SQL should not parse")
        } catch {
            #expect("\(error)".contains("it starts 'I cannot help with that {broken'"))
        }
    }
}
