import Foundation
import Hummingbird
import QueryService
import SemanticModel

/// Snowflake Cortex Analyst's REST shapes (`/api/v2/cortex/analyst/message` and `/feedback`),
/// so a client written for Cortex Analyst works unchanged. Multi-turn: the client sends the
/// conversation; the last earlier user turn is what a follow-up refines. No session is kept.
struct CortexRoutes {
    let service: AskService
    let metrics: ServerMetrics

    struct ContentItem: Codable {
        var type: String
        var text: String?
        var statement: String?
        var suggestions: [String]?
        var confidence: Confidence?
    }

    struct Confidence: Codable {
        var verified_query_used: VerifiedQueryUsed?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(verified_query_used, forKey: .verified_query_used)  // null, not absent
        }
    }

    struct VerifiedQueryUsed: Codable {
        var name: String
        var question: String
        var sql: String
        var verified_at: String?
        var verified_by: String?
    }

    struct Message: Codable {
        var role: String
        var content: [ContentItem]
    }

    struct MessageRequest: Decodable {
        var messages: [Message]
        var stream: Bool?
    }

    struct Warning: Codable { var message: String }

    struct MessageResponse: Encodable {
        var message: Message
        var request_id: String
        var warnings: [Warning]
    }

    struct FeedbackRequest: Decodable {
        var request_id: String
        var positive: Bool
        var feedback_message: String?
    }

    static func text(of message: Message) -> String {
        message.content.filter { $0.type == "text" }.compactMap(\.text).joined(separator: " ")
    }

    func add(to router: some RouterMethods<AppContext>) {
        router.post("/api/v2/cortex/analyst/message") { request, context in
            let body = try await JSONBody.decode(MessageRequest.self, from: request, context: context)
            if body.stream == true {
                throw APIError.badRequest("streaming responses are not supported; send \"stream\": false")
            }
            let users = body.messages.filter { $0.role == "user" }
            guard let last = body.messages.last, last.role == "user" else {
                throw APIError.badRequest("the last message must have the role 'user'")
            }
            if let role = body.messages.first(where: { $0.role != "user" && $0.role != "analyst" })?.role {
                throw APIError.badRequest("a message's role must be 'user' or 'analyst', got '\(role)'")
            }
            // A message without text is an empty question: refused like any other, with the reason.
            let question = Self.text(of: last)
            let earlier = users.dropLast().map(Self.text(of:))
            // The analyst's last SQL, if the client sent the conversation back with it.
            let previousSQL = body.messages.dropLast().last { $0.role == "analyst" }?.content.first { $0.type == "sql" }?.statement
            let context_ = await service.context(following: earlier, sql: previousSQL)
            let answer = await service.ask(question, context: context_, interface: "cortex", user: context.callerName)
            metrics.answer(answer.status.rawValue)
            metrics.llm(answer.llmRequests)

            var content = [ContentItem(type: "text", text: answer.status == .answered ? answer.interpretation : (answer.message ?? answer.interpretation))]
            var warnings: [Warning] = []
            if let sql = answer.sql {
                let verified = answer.verified_query.flatMap { name in service.model.verified_queries?.first { $0.name == name } }
                content.append(
                    ContentItem(
                        type: "sql", statement: sql,
                        confidence: Confidence(
                            verified_query_used: verified.map {
                                VerifiedQueryUsed(name: $0.name, question: $0.question, sql: $0.sql, verified_at: $0.verified_at, verified_by: $0.verified_by)
                            })))
                if answer.status == .failed { warnings.append(Warning(message: answer.message ?? "the query failed")) }
            }
            if answer.status == .refused && !answer.suggestions.isEmpty {
                content.append(ContentItem(type: "suggestions", suggestions: Array(answer.suggestions.prefix(5))))
            }
            let response = MessageResponse(
                message: Message(role: "analyst", content: content),
                request_id: answer.log_id.map(String.init) ?? UUID().uuidString, warnings: warnings)
            return try JSONBody.response(response, status: answer.status == .failed && answer.upstreamFailure ? .badGateway : .ok)
        }
        router.post("/api/v2/cortex/analyst/feedback") { request, context in
            let body = try await JSONBody.decode(FeedbackRequest.self, from: request, context: context)
            guard let id = Int64(body.request_id), let entry = try service.queryLog?.entry(id: id),
                context.isAdmin || entry.user == context.callerName
            else { throw APIError.notFound("no request \(body.request_id)") }
            try service.feedback(logID: entry.id, positive: body.positive, note: body.feedback_message)
            return try JSONBody.response([String: String]())
        }
    }
}
