import Foundation
import Hummingbird
import HummingbirdTesting
import Pipeline
import QueryService
import Server
import Testing

/// Rebuilds inside the service: swapped in only when every data test passes, picked up by the
/// next question without a restart; a failed one keeps the old warehouse serving.
@Suite(.serialized) struct RebuildTests {
    func count(_ client: some TestClientProtocol) async throws -> Int {
        let answer = try await client.execute(
            uri: "/v1/sql", method: .post, headers: jsonHeaders,
            body: jsonBody(["sql": "SELECT COUNT(DISTINCT country) FROM dim_customers"]))
        return try #require((answer.json["rows"] as? [[Int]])?.first?.first)
    }

    @Test func aRebuildIsServedAtOnceAndAFailedOneChangesNothing() async throws {
        let (server, dir) = try ServerFixture.server()
        // The rebuild reads its own copy of the sources, where every customer moves to Germany.
        let source = dir.appendingPathComponent("source")
        try FileManager.default.copyItem(at: ServerFixture.root.appendingPathComponent("source"), to: source)
        let rebuilder = Rebuilder(
            options: .init(
                sourceDirectory: source.path, warehousePath: server.service.configuration.warehousePath,
                lakeDirectory: dir.appendingPathComponent("lake").path), metrics: server.metrics)
        let live = try CyclingProServer(service: server.service, settings: server.settings, rebuilder: rebuilder, metrics: server.metrics)
        let locations = source.appendingPathComponent("source_erp/LOC_A101.csv")
        let moved =
            try String(contentsOf: locations, encoding: .utf8).split(separator: "\n").enumerated().map { index, line in
                index == 0 ? String(line) : String(line.split(separator: ",")[0]) + ",DE"
            }.joined(separator: "\n") + "\n"
        try await ServerFixture.app(live).test(.router) { client in
            let before = try await count(client)
            #expect(!rebuilder.sourcesChanged())
            try moved.write(to: locations, atomically: true, encoding: .utf8)
            #expect(rebuilder.sourcesChanged())
            let rebuilt = try await client.execute(uri: "/v1/runs", method: .post)
            #expect(rebuilt.status == .created, "\(rebuilt.text)")
            let after = try await count(client)
            #expect(before > 1 && after == 1, "the service still answers from the old warehouse")

            // A broken export: the build fails, the warehouse it replaced stays live.
            try "CID,CNTRY\nAW-1\n".write(to: source.appendingPathComponent("source_erp/LOC_A101.csv"), atomically: true, encoding: .utf8)
            let failed = try await client.execute(uri: "/v1/runs", method: .post)
            #expect(failed.status == .unprocessableContent)
            #expect(((failed.json["error"] as? [String: Any])?["message"] as? String)?.contains("LOC_A101.csv") == true)
            #expect(try await count(client) == after)
            let runs = try await client.execute(uri: "/v1/runs", method: .get)
            #expect((runs.json["runs"] as? [[String: Any]])?.first?["status"] as? String == "failed")
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("cyclingpro_rebuilds_total{outcome=\"succeeded\"} 1"))
            #expect(metrics.contains("cyclingpro_rebuilds_total{outcome=\"failed\"} 1"))
        }
    }
}
