import Foundation
import Hummingbird
import Logging

/// Every error leaves as JSON with a precise status: the router's own 404/405, a body over the
/// cap, JSON that does not decode. Nothing a client sends becomes a 500.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let metrics: ServerMetrics
    /// Every route, to tell a wrong method (405) from no route (404).
    let routes: RouteTable

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            metrics.record(request: request, context: context, status: error.status.code, since: started)
            throw error
        } catch let error as any HTTPResponseError {
            let allowed = error.status == .notFound ? routes.methods(for: request.uri.path) : []
            if !allowed.isEmpty {
                metrics.record(request: request, context: context, status: 405, since: started)
                throw APIError(
                    status: .methodNotAllowed, code: "method_not_allowed",
                    message: "\(request.method) is not allowed on \(request.uri.path); use \(allowed.joined(separator: " or "))",
                    headers: [.allow: allowed.joined(separator: ", ")])
            }
            metrics.record(request: request, context: context, status: error.status.code, since: started)
            let status = error.status
            let message: String
            switch status {
            case .notFound: message = "no such route: \(request.method) \(request.uri.path); see /openapi.yaml"
            case .methodNotAllowed: message = "\(request.method) is not allowed on \(request.uri.path); see /openapi.yaml"
            case .contentTooLarge: message = "the request body is larger than \(ServerSettings.maxBodyBytes) bytes"
            default: message = (error as? HTTPError)?.body ?? status.reasonPhrase
            }
            throw APIError(status: status, code: status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_"), message: message)
        } catch {
            metrics.record(request: request, context: context, status: 500, since: started)
            context.logger.error("internal error: \(error)")
            throw APIError(status: .internalServerError, code: "internal", message: "the service failed; the error is in its log")
        }
        metrics.record(request: request, context: context, status: response.status.code, since: started)
        return response
    }
}
