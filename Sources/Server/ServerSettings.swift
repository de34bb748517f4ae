/// How the service runs: where it listens, who may call, and how much.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    public var keys: APIKeyStore
    /// Requests per minute per key (or per client address without keys).
    public var requestsPerMinute: Int
    /// Queries run at once; more callers wait for a connection.
    public var connections: Int
    /// The source folder a rebuild reads.
    public var sourceDirectory: String
    public var lakeDirectory: String

    public static let maxBodyBytes = 64 << 10

    public init(
        host: String = "127.0.0.1", port: Int = 8080, keys: APIKeyStore = APIKeyStore(keys: []),
        requestsPerMinute: Int = 600, connections: Int = 4, sourceDirectory: String = "data/source",
        lakeDirectory: String = "data/lake"
    ) {
        self.host = host
        self.port = port
        self.keys = keys
        self.requestsPerMinute = requestsPerMinute
        self.connections = connections
        self.sourceDirectory = sourceDirectory
        self.lakeDirectory = lakeDirectory
    }

    /// Why these settings are unsafe or unusable, or nil.
    public var problem: String? {
        if keys.isEmpty && !Self.isLoopback(host) {
            return "no API keys are configured, so the service may only listen on loopback (127.0.0.1 or ::1), not \(host); set keys with --keys FILE or CYCLINGPRO_API_KEYS"
        }
        if !(0...65_535).contains(port) { return "the port must be between 0 and 65535, got \(port)" }
        if requestsPerMinute < 1 { return "the rate limit must be at least 1 request per minute" }
        if !(1...64).contains(connections) { return "connections must be between 1 and 64, got \(connections)" }
        return nil
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
