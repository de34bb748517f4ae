import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing
import Yams

/// A client written for Snowflake Cortex Analyst works unchanged.
@Suite struct CortexTests {
    func message(_ texts: [(String, String)]) -> ByteBuffer {
        jsonBody([
            "messages": texts.map { role, text in
                ["role": role, "content": role == "user" ? [["type": "text", "text": text]] : [["type": "text", "text": "ok"], ["type": "sql", "statement": text]]]
            }
        ])
    }

    @Test func messageRepliesInCortexShapeAndFollowsTheConversation() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            let first = try await client.execute(
                uri: "/api/v2/cortex/analyst/message", method: .post, headers: jsonHeaders,
                body: message([("user", "revenue by category in 2013")]))
            #expect(first.status == .ok)
            let reply = try #require(first.json["message"] as? [String: Any])
            #expect(reply["role"] as? String == "analyst")
            let content = try #require(reply["content"] as? [[String: Any]])
            #expect(content.first?["type"] as? String == "text")
            let sql = try #require(content.first { $0["type"] as? String == "sql" })
            #expect((sql["statement"] as? String)?.contains("SELECT") == true)
            #expect((sql["confidence"] as? [String: Any])?.keys.contains("verified_query_used") == true)
            #expect(first.json["request_id"] is String && first.json["warnings"] is [Any])

            let followUp = try await client.execute(
                uri: "/api/v2/cortex/analyst/message", method: .post, headers: jsonHeaders,
                body: message([
                    ("user", "revenue by category in 2013"), ("analyst", sql["statement"] as! String),
                    ("user", "and by country?"),
                ]))
            let statement = ((followUp.json["message"] as? [String: Any])?["content"] as? [[String: Any]])?.first { $0["type"] as? String == "sql" }?["statement"] as? String
            #expect(statement?.contains("country") == true && statement?.contains("2013") == true)

            let refused = try await client.execute(
                uri: "/api/v2/cortex/analyst/message", method: .post, headers: jsonHeaders,
                body: message([("user", "how many employees do we have")]))
            let items = ((refused.json["message"] as? [String: Any])?["content"] as? [[String: Any]]) ?? []
            #expect(!items.contains { $0["type"] as? String == "sql" })
            #expect(items.contains { $0["type"] as? String == "suggestions" })

            let feedback = try await client.execute(
                uri: "/api/v2/cortex/analyst/feedback", method: .post, headers: jsonHeaders,
                body: jsonBody(["request_id": first.json["request_id"] as! String, "positive": true]))
            #expect(feedback.status == .ok)
            let unknown = try await client.execute(
                uri: "/api/v2/cortex/analyst/feedback", method: .post, headers: jsonHeaders,
                body: jsonBody(["request_id": "nope", "positive": true]))
            #expect(unknown.status == .notFound)
        }
    }

    /// The OpenAPI file lists exactly the routes the server has, with their methods.
    @Test func openAPIFileMatchesTheRoutes() async throws {
        let (server, _) = try ServerFixture.server()
        try await ServerFixture.app(server).test(.router) { client in
            let text = try await client.execute(uri: "/openapi.yaml", method: .get).text
            let spec = try #require(try Yams.load(yaml: text) as? [String: Any])
            let paths = try #require(spec["paths"] as? [String: Any])
            var documented: Set<String> = []
            for (path, value) in paths {
                for method in ((value as? [String: Any]) ?? [:]).keys { documented.insert("\(method.uppercased()) \(path)") }
            }
            let served = Set(server.router().routes.map { "\($0.method) \($0.path.description.replacingOccurrences(of: "{id}", with: "{id}"))" })
            #expect(documented == served, "only documented: \(documented.subtracting(served)); only served: \(served.subtracting(documented))")
        }
    }
}
