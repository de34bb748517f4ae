import Foundation
import Hummingbird

/// Bearer-token authentication for the API routes: the caller's key goes into the context (its
/// name is what the log records). Without configured keys the service listens on loopback only
/// and every caller is trusted as the local user.
struct KeyMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let keys: APIKeyStore

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        guard !keys.isEmpty else { return try await next(request, context) }
        let header = request.headers[.authorization] ?? ""
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let key = keys.key(forToken: parts[1].trimmingCharacters(in: .whitespaces))
        else {
            throw APIError(
                status: .unauthorized, code: "unauthorized",
                message: header.isEmpty ? "send an API key as 'Authorization: Bearer TOKEN'" : "the API key is not valid",
                headers: [.wwwAuthenticate: "Bearer"])
        }
        var context = context
        context.caller = key
        return try await next(request, context)
    }
}
