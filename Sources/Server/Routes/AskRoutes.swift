import Hummingbird
import QueryService
import Translation

/// `POST /v1/ask`: the same answer object as `cyclingpro ask --json`.
struct AskRoutes {
    let service: AskService
    let metrics: ServerMetrics

    struct AskRequest: Decodable {
        var question: String
        /// Earlier turns, oldest first: a follow-up is read in the light of the last one.
        var history: [Turn]?
    }

    struct Turn: Decodable {
        var question: String
        var sql: String?
    }

    func add(to router: some RouterMethods<AppContext>) {
        router.post("/v1/ask") { request, context in
            let body = try await JSONBody.decode(AskRequest.self, from: request, context: context)
            await PausePoint.pause(at: "ask")
            let previous = await service.context(following: body.history?.map(\.question) ?? [], sql: body.history?.last?.sql)
            let answer = await service.ask(body.question, context: previous, interface: "http", user: context.callerName)
            metrics.answer(answer.status.rawValue)
            metrics.llm(answer.llmRequests)
            if answer.message?.contains("refused by the guard") == true { metrics.guardRefusal() }
            return try JSONBody.response(answer, status: answer.status == .failed && answer.upstreamFailure ? .badGateway : .ok)
        }
    }
}
