import Hummingbird
import Pipeline

/// Pipeline runs: the history, and a rebuild on request (admin).
struct RunRoutes {
    let rebuilder: Rebuilder

    func add(to router: some RouterMethods<AppContext>) {
        router.get("/v1/runs") { request, _ in
            let limit = request.uri.queryParameters["limit"].flatMap { Int(String($0)) } ?? 20
            guard (1...500).contains(limit) else { throw APIError.badRequest("limit must be 1-500") }
            let history = try RunHistory(path: rebuilder.options.runsPath)
            return try JSONBody.response(["runs": try history.recent(limit: limit)])
        }
        router.post("/v1/runs") { _, context in
            guard context.isAdmin else { throw APIError.forbidden("starting a rebuild needs an admin key") }
            switch await rebuilder.rebuild() {
            case .succeeded(let runID):
                return try JSONBody.response(["status": "succeeded", "run_id": String(runID)], status: .created)
            case .failed(let message):
                // The build's failure is about the source data, not the request: say what it was.
                throw APIError(status: .unprocessableContent, code: "build_failed", message: message)
            case .alreadyRunning:
                throw APIError(status: .conflict, code: "build_running", message: "a rebuild is already running; GET /v1/runs shows it")
            }
        }
    }
}
