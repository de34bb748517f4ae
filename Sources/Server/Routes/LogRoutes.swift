import Foundation
import Hummingbird
import QueryService

/// The review API over the query log: list, show, feedback, verify. Readers see their own
/// entries; admins see everyone's and may verify.
struct LogRoutes {
    let service: AskService

    struct FeedbackRequest: Decodable {
        var positive: Bool
        var note: String?
    }

    func log() throws -> QueryLog {
        guard let log = service.queryLog else {
            throw APIError(status: .serviceUnavailable, code: "log_unavailable", message: service.logProblem ?? "the query log is not available")
        }
        return log
    }

    func entry(_ context: AppContext) throws -> QueryLogEntry {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else { throw APIError.badRequest("the log id must be a positive number, got '\(text)'") }
        guard let entry = try log().entry(id: id), context.isAdmin || entry.user == context.callerName else {
            throw APIError.notFound("no log entry \(id)")
        }
        return entry
    }

    func add(to router: some RouterMethods<AppContext>) {
        router.get("/v1/logs") { request, context in
            let query = request.uri.queryParameters
            var filter = QueryLog.Filter()
            if let status = query["status"].map(String.init) {
                guard ["answered", "refused", "failed"].contains(status) else {
                    throw APIError.badRequest("status must be answered, refused or failed, got '\(status)'")
                }
                filter.status = status
            }
            filter.since = query["since"].map(String.init)
            filter.text = query["q"].map(String.init)
            if let limit = query["limit"].map(String.init) {
                guard let n = Int(limit), (1...1_000).contains(n) else { throw APIError.badRequest("limit must be 1-1000, got '\(limit)'") }
                filter.limit = n
            }
            if !context.isAdmin { filter.user = context.callerName }
            return try JSONBody.response(["entries": try log().entries(filter)])
        }
        router.get("/v1/logs/{id}") { _, context in
            try JSONBody.response(try entry(context))
        }
        router.post("/v1/logs/{id}/feedback") { request, context in
            let body = try await JSONBody.decode(FeedbackRequest.self, from: request, context: context)
            let entry = try entry(context)
            try service.feedback(logID: entry.id, positive: body.positive, note: body.note)
            return try JSONBody.response(["status": "recorded"])
        }
        router.post("/v1/logs/{id}/verify") { _, context in
            guard context.isAdmin else { throw APIError.forbidden("verifying needs an admin key") }
            let entry = try entry(context)
            // Checked before, suspended: the verify itself is synchronous file work.
            let verdict = await service.check(sql: entry.sql ?? "")
            do {
                let name = try Review.verify(
                    entry: entry, modelPath: service.configuration.modelPath,
                    reviewer: context.callerName ?? "local", check: { _ in verdict })
                try log().setFeedback(id: entry.id, feedback: "verified")
                return try JSONBody.response(["verified_query": name])
            } catch let error as QueryServiceError {
                // The entry's state (refused, already verified, SQL no longer allowed) is the conflict.
                throw APIError(status: .conflict, code: "not_verifiable", message: error.description)
            }
        }
    }
}
