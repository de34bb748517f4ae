import Hummingbird

/// 429 with Retry-After when a caller goes past its rate.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppContext
    let limiter: RateLimiter

    func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws -> Response {
        if let seconds = limiter.retryAfter(for: context.callerName ?? "local") {
            throw APIError(
                status: .tooManyRequests, code: "rate_limited",
                message: "too many requests for this key; retry after \(seconds) s",
                headers: [.retryAfter: String(seconds)])
        }
        return try await next(request, context)
    }
}
