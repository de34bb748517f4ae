import Foundation
import Hummingbird
import HummingbirdTesting
import NIOFoundationEssentialsCompat
import Pipeline
import QueryService
import SampleData
import Server
import TestSupport
import Translation

/// One sample warehouse for the server tests, and a service over it per test (its own log).
enum ServerFixture {
    static let root = ScratchDirectory.path("server")
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let modelPath = projectRoot.appendingPathComponent("semantic-model/cycling_pro.yaml").path

    static let built: Result<String, any Error> = Result {
        let source = root.appendingPathComponent("source").path
        let warehouse = root.appendingPathComponent("warehouse.sqlite").path
        _ = try SampleGenerator(scale: 1, seed: 3).write(to: source)
        _ = try WarehouseBuilder(
            options: BuildOptions(
                sourceDirectory: source, warehousePath: warehouse,
                lakeDirectory: root.appendingPathComponent("lake").path)
        ).build()
        return warehouse
    }

    /// A server over a copy of the warehouse (so a rebuild test cannot disturb the others).
    static func server(
        keys: String? = nil, requestsPerMinute: Int = 10_000, now: (@Sendable () -> Double)? = nil,
        copyModel: Bool = false
    ) throws -> (CyclingProServer, URL) {
        let dir = root.appendingPathComponent("t-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let warehouse = dir.appendingPathComponent("warehouse.sqlite").path
        try FileManager.default.copyItem(atPath: try built.get(), toPath: warehouse)
        var model = modelPath
        if copyModel {
            for file in ["cycling_pro.yaml", "verified_queries.yaml"] {
                try FileManager.default.copyItem(
                    atPath: projectRoot.appendingPathComponent("semantic-model/" + file).path,
                    toPath: dir.appendingPathComponent(file).path)
            }
            model = dir.appendingPathComponent("cycling_pro.yaml").path
        }
        let service = try AskService(
            .init(
                warehousePath: warehouse, modelPath: model, logPath: dir.appendingPathComponent("log.sqlite").path,
                connections: 3)
        ) { model, executor in
            try RuleBasedTranslator(model: model, catalog: executor)
        }
        let metrics = ServerMetrics()
        let rebuilder = Rebuilder(
            options: BuildOptions(
                sourceDirectory: root.appendingPathComponent("source").path, warehousePath: warehouse,
                lakeDirectory: dir.appendingPathComponent("lake").path), metrics: metrics)
        let keyStore = try keys.map { try APIKeyStore.parse($0, source: "test") } ?? APIKeyStore(keys: [])
        let server = try CyclingProServer(
            service: service, settings: ServerSettings(keys: keyStore, requestsPerMinute: requestsPerMinute),
            rebuilder: rebuilder, metrics: metrics, now: now)
        return (server, dir)
    }

    static func app(_ server: CyclingProServer) -> some ApplicationProtocol {
        Application(router: server.router())
    }
}

extension TestResponse {
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any] ?? [:]
    }
    var text: String { String(buffer: body) }
}

let jsonHeaders: HTTPFields = [.contentType: "application/json"]

func jsonBody(_ object: Any) -> ByteBuffer {
    ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: object)) ?? Data())
}
