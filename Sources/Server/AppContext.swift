import Hummingbird

/// The request context: who is calling (set by the key middleware) and the body cap.
public struct AppContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller's key, or nil when the service runs without keys (loopback only).
    public var caller: APIKey?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        caller = nil
    }

    /// Requests are small JSON documents; anything larger is refused before it is read whole.
    public var maxUploadSize: Int { ServerSettings.maxBodyBytes }

    /// The name logged for the caller.
    var callerName: String? { caller?.name }

    /// Admin rights: an admin key, or any caller of a key-less service (bound to loopback only).
    var isAdmin: Bool { caller.map { $0.role == .admin } ?? true }
}
