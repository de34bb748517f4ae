import Hummingbird
import Logging
import QueryService

/// The HTTP service: the JSON API, the Cortex Analyst endpoint, the pages, health and metrics,
/// all thin over one `AskService` (the same library the command line uses).
public struct CyclingProServer: Sendable {
    public let service: AskService
    public let settings: ServerSettings
    public let rebuilder: Rebuilder
    public let metrics: ServerMetrics
    let limiter: RateLimiter

    public init(
        service: AskService, settings: ServerSettings, rebuilder: Rebuilder, metrics: ServerMetrics,
        now: (@Sendable () -> Double)? = nil
    ) throws {
        if let problem = settings.problem { throw ServerError.setup(problem) }
        self.service = service
        self.settings = settings
        self.rebuilder = rebuilder
        self.metrics = metrics
        limiter = now.map { RateLimiter(perMinute: settings.requestsPerMinute, now: $0) } ?? RateLimiter(perMinute: settings.requestsPerMinute)
    }

    public func router() -> Router<AppContext> {
        let router = Router(context: AppContext.self)
        let routes = RouteTable()
        router.add(middleware: ErrorMiddleware(metrics: metrics, routes: routes))
        PageRoutes().add(to: router)
        HealthRoutes(service: service, metrics: metrics).add(to: router)
        let api = router.group()
            .add(middleware: KeyMiddleware(keys: settings.keys))
            .add(middleware: RateLimitMiddleware(limiter: limiter))
        AskRoutes(service: service, metrics: metrics).add(to: api)
        SQLRoutes(service: service, metrics: metrics).add(to: api)
        LogRoutes(service: service).add(to: api)
        ModelRoutes(service: service).add(to: api)
        RunRoutes(rebuilder: rebuilder).add(to: api)
        CortexRoutes(service: service, metrics: metrics).add(to: api)
        routes.set(router.routes.map { ($0.method.rawValue, $0.path.description.split(separator: "/")) })
        return router
    }

    /// - Parameter onRunning: called with the address once the server listens (the port, when
    ///   port 0 let the system pick one).
    public func application(
        logger: Logger, onRunning: @escaping @Sendable (String) async -> Void = { _ in }
    )
        -> some ApplicationProtocol
    {
        Application(
            router: router(),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "cyclingpro"),
            onServerRunning: { channel in
                let address = channel.localAddress
                await onRunning("\(address?.ipAddress ?? settings.host):\(address?.port ?? settings.port)")
            },
            logger: logger)
    }
}
