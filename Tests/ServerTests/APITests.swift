import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// Every endpoint's success and error paths, through the app's test client.
@Suite struct APITests {
    @Test func askAnswersWithTheCLIsObjectAndFollowUpsUseTheHistory() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            let first = try await client.execute(
                uri: "/v1/ask", method: .post, headers: jsonHeaders,
                body: jsonBody(["question": "revenue by category in 2013"]))
            #expect(first.status == .ok)
            let answer = first.json
            #expect(answer["status"] as? String == "answered")
            #expect(
                Set(answer.keys).isSuperset(of: [
                    "question", "status", "sql", "columns", "rows", "truncated", "interpretation",
                    "suggestions", "translator", "verified_query", "message", "elapsed_ms", "log_id",
                ]))
            let followUp = try await client.execute(
                uri: "/v1/ask", method: .post, headers: jsonHeaders,
                body: jsonBody(["question": "and by country?", "history": [["question": "revenue by category in 2013", "sql": answer["sql"] as Any]]]))
            #expect(followUp.json["status"] as? String == "answered")
            #expect((followUp.json["columns"] as? [String])?.contains("country") == true)
            let refused = try await client.execute(uri: "/v1/ask", method: .post, headers: jsonHeaders, body: jsonBody(["question": "delete all customers"]))
            #expect(refused.status == .ok && refused.json["status"] as? String == "refused")
        }
    }

    static let badBodies: [(String, HTTPFields, String, HTTPResponse.Status, String)] = [
        ("/v1/ask", jsonHeaders, "{not json", .badRequest, "not valid JSON"),
        ("/v1/ask", jsonHeaders, "{}", .badRequest, "missing field 'question'"),
        ("/v1/ask", jsonHeaders, #"{"question": 5}"#, .badRequest, "question must be a string"),
        ("/v1/ask", jsonHeaders, #"{"question": null}"#, .badRequest, "not null"),
        ("/v1/ask", jsonHeaders, "[]", .badRequest, "the body"),
        ("/v1/ask", [.contentType: "text/plain"], #"{"question": "x"}"#, .unsupportedMediaType, "Content-Type: application/json"),
        ("/v1/ask", [:], #"{"question": "x"}"#, .unsupportedMediaType, "application/json"),
        ("/v1/ask", jsonHeaders, "BIG", .contentTooLarge, "65536 bytes"),
        ("/v1/sql", jsonHeaders, #"{"query": "SELECT 1"}"#, .badRequest, "missing field 'sql'"),
        ("/v1/logs/1/feedback", jsonHeaders, #"{"positive": "yes"}"#, .badRequest, "positive must be true or false"),
        ("/api/v2/cortex/analyst/message", jsonHeaders, #"{"messages": []}"#, .badRequest, "role 'user'"),
        ("/api/v2/cortex/analyst/message", jsonHeaders, #"{"messages": [{"role": "user"}]}"#, .badRequest, "missing field 'messages[0].content'"),
        ("/api/v2/cortex/analyst/message", jsonHeaders, #"{"messages": [{"role": "robot", "content": []}, {"role": "user", "content": [{"type": "text", "text": "x"}]}]}"#, .badRequest, "'user' or 'analyst'"),
    ]

    @Test(arguments: badBodies)
    func badRequestsGetAPreciseJSONError(_ bad: (String, HTTPFields, String, HTTPResponse.Status, String)) async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            // "BIG": a question of 70,000 characters, over the 64 KB body cap.
            let text = bad.2 == "BIG" ? #"{"question": ""# + String(repeating: "x", count: 70_000) + #""}"# : bad.2
            let response = try await client.execute(uri: bad.0, method: .post, headers: bad.1, body: ByteBuffer(string: text))
            #expect(response.status == bad.3, "\(bad.0) \(bad.2.prefix(60)): \(response.status) \(response.text.prefix(200))")
            let error = response.json["error"] as? [String: Any]
            #expect((error?["message"] as? String)?.contains(bad.4) == true, "\(response.text.prefix(300))")
            #expect(error?["code"] is String)
        }
    }

    @Test func unknownRoutesAndWrongMethodsAreJSON4xx() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            let missing = try await client.execute(uri: "/v1/nothing", method: .get)
            #expect(missing.status == .notFound && (missing.json["error"] as? [String: Any])?["code"] as? String == "not_found")
            let wrong = try await client.execute(uri: "/v1/ask", method: .get)
            #expect(wrong.status == .methodNotAllowed && wrong.headers[.allow] == "POST", "\(wrong.status)")
            #expect((wrong.json["error"] as? [String: Any])?["code"] as? String == "method_not_allowed")
            let wrongWithID = try await client.execute(uri: "/v1/logs/3/verify", method: .delete)
            #expect(wrongWithID.status == .methodNotAllowed)
            let badID = try await client.execute(uri: "/v1/logs/abc", method: .get)
            #expect(badID.status == .badRequest)
            let noEntry = try await client.execute(uri: "/v1/logs/999999", method: .get)
            #expect(noEntry.status == .notFound)
        }
    }

    @Test func sqlRunsThroughTheGuardAndSaysWhyNot() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            let ok = try await client.execute(
                uri: "/v1/sql", method: .post, headers: jsonHeaders,
                body: jsonBody(["sql": "SELECT gender, COUNT(*) AS n FROM dim_customers GROUP BY gender"]))
            #expect(ok.status == .ok)
            #expect(ok.json["columns"] as? [String] == ["gender", "n"])
            #expect(Set(ok.json.keys).isSuperset(of: ["columns", "rows", "truncated", "elapsed_ms"]))
            for (sql, reason) in [
                ("SELECT COUNT(*) FROM (raw_crm_cust_info)", "raw table"), ("DROP TABLE fact_sales", "only reading"),
                ("SELECT nosuch FROM fact_sales", "no such column"), ("SELECT printf('%.*c', 1e9, 'x')", "precision"),
            ] {
                let refused = try await client.execute(uri: "/v1/sql", method: .post, headers: jsonHeaders, body: jsonBody(["sql": sql]))
                #expect(refused.status == .unprocessableContent, "\(sql)")
                let error = refused.json["error"] as? [String: Any]
                #expect(error?["code"] as? String == "refused" && (error?["message"] as? String)?.contains(reason) == true, "\(sql): \(refused.text)")
            }
        }
    }

    @Test func logsFeedbackAndVerify() async throws {
        let (server, dir) = try ServerFixture.server(copyModel: true)
        try await ServerFixture.app(server).test(.router) { client in
            let asked = try await client.execute(uri: "/v1/ask", method: .post, headers: jsonHeaders, body: jsonBody(["question": "units sold per year"]))
            let id = try #require(asked.json["log_id"] as? Int)
            let list = try await client.execute(uri: "/v1/logs?status=answered&limit=5", method: .get)
            #expect((list.json["entries"] as? [[String: Any]])?.first?["id"] as? Int == id)
            #expect(try await client.execute(uri: "/v1/logs?status=bogus", method: .get).status == .badRequest)
            #expect(try await client.execute(uri: "/v1/logs?limit=0", method: .get).status == .badRequest)
            let one = try await client.execute(uri: "/v1/logs/\(id)", method: .get)
            #expect(one.json["question"] as? String == "units sold per year")
            let feedback = try await client.execute(
                uri: "/v1/logs/\(id)/feedback", method: .post, headers: jsonHeaders,
                body: jsonBody(["positive": false, "note": "should be by month"]))
            #expect(feedback.status == .ok)
            let after = try await client.execute(uri: "/v1/logs/\(id)", method: .get)
            #expect(after.json["feedback"] as? String == "negative" && after.json["flag_note"] as? String == "should be by month")
            let verify = try await client.execute(uri: "/v1/logs/\(id)/verify", method: .post)
            #expect(verify.status == .ok, "\(verify.text)")
            let yaml = try String(contentsOf: dir.appendingPathComponent("verified_queries.yaml"), encoding: .utf8)
            #expect(yaml.contains("units sold per year"))
            let again = try await client.execute(uri: "/v1/logs/\(id)/verify", method: .post)
            #expect(again.status == .conflict)
        }
    }

    @Test func modelSuggestionsRunsAndHealth() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            let model = try await client.execute(uri: "/v1/semantic-model", method: .get)
            #expect((model.json["tables"] as? [[String: Any]])?.count == 3)
            let suggestions = try await client.execute(uri: "/v1/suggestions", method: .get)
            #expect(((suggestions.json["suggestions"] as? [String]) ?? []).count >= 3)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let ready = try await client.execute(uri: "/readyz", method: .get)
            #expect(ready.json["status"] as? String == "ready")
            let runs = try await client.execute(uri: "/v1/runs", method: .get)
            #expect(runs.status == .ok && runs.json["runs"] is [Any])
            _ = try await client.execute(uri: "/v1/ask", method: .post, headers: jsonHeaders, body: jsonBody(["question": "revenue by country"]))
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("cyclingpro_answers_total{status=\"answered\"} 1"))
            #expect(metrics.contains("cyclingpro_http_requests_total{method=\"POST\",route=\"/v1/ask\",status=\"200\"} 1"))
            let spec = try await client.execute(uri: "/openapi.yaml", method: .get)
            #expect(spec.text.hasPrefix("openapi: 3.1"))
        }
    }

    @Test func pagesAreServedWithoutAnyExternalResource() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            for path in ["/", "/dashboard", "/review", "/assets/app.js", "/assets/style.css"] {
                let page = try await client.execute(uri: path, method: .get)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.text.contains("http://") || path == "/assets/app.js", "\(path) loads something from elsewhere")
                #expect(!page.text.contains("https://"), "\(path) loads something from elsewhere")
            }
        }
    }
}
