import ArgumentParser
import Foundation
import Hummingbird
import Logging
import Pipeline
import QueryService
import Server

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service: the JSON API, a Cortex Analyst-compatible endpoint, and the chat, dashboard and review pages.",
        discussion: """
            Without API keys the service listens on loopback only. Keys: --keys FILE (one name:role:token a line, \
            role reader or admin) or CYCLINGPRO_API_KEYS (comma-separated). SIGTERM finishes requests in flight, then stops.
            Example: cyclingpro serve --port 8080 --rebuild-every 1h --watch-source data/source
            """)

    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(help: "API key file (name:role:token a line).") var keys: String?
    @Option(help: "Requests per minute per key.") var rateLimit = 600
    @Option(help: "Queries run at once (read-only connections).") var connections = 4
    @Option(help: "Rebuild the warehouse on this schedule, e.g. 30m, 1h, 1d.") var rebuildEvery: String?
    @Option(help: "Rebuild when the exports in this folder change.") var watchSource: String?
    @Option(help: "The source folder rebuilds read (default: the watched folder, else data/source).") var source: String?
    @Option(help: "The data lake folder.") var lake: String = "data/lake"
    @OptionGroup var service: ServiceOptions

    func validate() throws {
        if let rebuildEvery, Self.duration(rebuildEvery) == nil {
            throw ValidationError("--rebuild-every takes a number and a unit (s, m, h, d), e.g. 30m; got '\(rebuildEvery)'")
        }
    }

    static func duration(_ text: String) -> Duration? {
        guard let unit = text.last, let value = Int(text.dropLast()), value > 0 else { return nil }
        switch unit {
        case "s": return .seconds(value)
        case "m": return .seconds(value * 60)
        case "h": return .seconds(value * 3_600)
        case "d": return .seconds(value * 86_400)
        default: return nil
        }
    }

    func run() async throws {
        let keyStore = try APIKeyStore.load(file: keys)
        let asker = try service.makeService(connections: connections)
        let sourceDirectory = source ?? watchSource ?? "data/source"
        let metrics = ServerMetrics()
        let rebuilder = Rebuilder(
            options: BuildOptions(
                sourceDirectory: sourceDirectory, warehousePath: service.warehouse,
                lakeDirectory: lake), metrics: metrics)
        let settings = ServerSettings(
            host: host, port: port, keys: keyStore, requestsPerMinute: rateLimit, connections: connections,
            sourceDirectory: sourceDirectory, lakeDirectory: lake)
        let server = try CyclingProServer(service: asker, settings: settings, rebuilder: rebuilder, metrics: metrics)
        var logger = Logger(label: "cyclingpro")
        logger.logLevel = .info
        if keyStore.isEmpty {
            logger.warning("no API keys configured: listening on \(host) (loopback) only, every caller is trusted as admin")
        } else {
            logger.info("\(keyStore.keys.count) API key(s): \(keyStore.keys.map { "\($0.name) (\($0.role.rawValue))" }.joined(separator: ", "))")
        }
        let schedule =
            (rebuildEvery != nil || watchSource != nil)
            ? Task {
                await rebuilder.schedule(every: rebuildEvery.flatMap(Self.duration), watch: watchSource != nil)
            } : nil
        defer { schedule?.cancel() }
        // SIGTERM (or SIGINT) begins a graceful shutdown: no new connections, requests in flight
        // are answered and logged; runService returns once the last one is out.
        try await server.application(logger: logger) { address in
            // On standard output, for scripts and tests: the port, when --port 0 let the system pick.
            FileHandle.standardOutput.write(Data("listening on http://\(address)\n".utf8))
        }.runService()
        // A scheduled rebuild under way finishes (a build cannot stop half-way) and is recorded
        // as succeeded or failed, rather than left for the next build to call interrupted.
        schedule?.cancel()
        await schedule?.value
        do {
            try asker.closeLog()
        } catch {
            logger.error("\(error)")
        }
        logger.info("stopped: every request answered, the query log flushed")
    }
}
