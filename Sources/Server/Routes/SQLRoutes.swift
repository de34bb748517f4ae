import Hummingbird
import QueryService
import Warehouse

/// `POST /v1/sql`: a person-edited query through the same guard, compile step, limits and log
/// as `cyclingpro sql`.
struct SQLRoutes {
    let service: AskService
    let metrics: ServerMetrics

    struct SQLRequest: Decodable {
        var sql: String
    }

    struct SQLResult: Encodable {
        var columns: [String]
        var rows: [[SQLValue]]
        var truncated: Bool
        var elapsed_ms: Double
        var log_id: Int64?
    }

    func add(to router: some RouterMethods<AppContext>) {
        router.post("/v1/sql") { request, context in
            let body = try await JSONBody.decode(SQLRequest.self, from: request, context: context)
            let outcome = await service.runSQL(body.sql, interface: "http", user: context.callerName)
            guard outcome.allowed else {
                metrics.guardRefusal()
                throw APIError(status: .unprocessableContent, code: "refused", message: outcome.reason)
            }
            if let error = outcome.error {
                throw APIError(status: .unprocessableContent, code: "limit", message: error)
            }
            return try JSONBody.response(
                SQLResult(
                    columns: outcome.columns, rows: outcome.rows, truncated: outcome.truncated,
                    elapsed_ms: outcome.elapsed_ms, log_id: outcome.log_id))
        }
    }
}
