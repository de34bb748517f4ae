import Foundation
import Hummingbird
import HummingbirdTesting
import Server
import Testing

/// Keys, roles and rates.
@Suite struct SecurityTests {
    static let keys = """
        # name:role:token
        alice:reader:alice-token-0123456789
        ops:admin:ops-token-0123456789abc
        """

    func bearer(_ token: String) -> HTTPFields { [.contentType: "application/json", .authorization: "Bearer \(token)"] }

    @Test func apiNeedsAKeyAndRolesAreEnforced() async throws {
        let (server, _) = try ServerFixture.server(keys: Self.keys)
        try await ServerFixture.app(server).test(.router) { client in
            let none = try await client.execute(uri: "/v1/ask", method: .post, headers: jsonHeaders, body: jsonBody(["question": "revenue"]))
            #expect(none.status == .unauthorized && none.headers[.wwwAuthenticate] == "Bearer")
            let wrong = try await client.execute(uri: "/v1/ask", method: .post, headers: bearer("nope-nope-nope-nope"), body: jsonBody(["question": "revenue"]))
            #expect(wrong.status == .unauthorized)
            let alice = try await client.execute(
                uri: "/v1/ask", method: .post, headers: bearer("alice-token-0123456789"),
                body: jsonBody(["question": "revenue by country"]))
            #expect(alice.status == .ok)
            let id = try #require(alice.json["log_id"] as? Int)
            // The log records the key's name, never the token.
            let entry = try await client.execute(uri: "/v1/logs/\(id)", method: .get, headers: bearer("ops-token-0123456789abc"))
            #expect(entry.json["user"] as? String == "alice")
            #expect(!entry.text.contains("alice-token"))
            // Readers may not verify or rebuild; admins may.
            #expect(try await client.execute(uri: "/v1/logs/\(id)/verify", method: .post, headers: bearer("alice-token-0123456789")).status == .forbidden)
            #expect(try await client.execute(uri: "/v1/runs", method: .post, headers: bearer("alice-token-0123456789")).status == .forbidden)
            // A reader sees only their own entries.
            let ops = try await client.execute(
                uri: "/v1/ask", method: .post, headers: bearer("ops-token-0123456789abc"),
                body: jsonBody(["question": "revenue by gender"]))
            let opsID = try #require(ops.json["log_id"] as? Int)
            #expect(try await client.execute(uri: "/v1/logs/\(opsID)", method: .get, headers: bearer("alice-token-0123456789")).status == .notFound)
            let aliceList = try await client.execute(uri: "/v1/logs", method: .get, headers: bearer("alice-token-0123456789"))
            #expect((aliceList.json["entries"] as? [[String: Any]])?.allSatisfy { $0["user"] as? String == "alice" } == true)
            // Health, pages and the spec stay open.
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/openapi.yaml", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)
        }
    }

    @Test func overTheRateCallersGet429WithRetryAfter() async throws {
        let clock = TestClock()
        let (server, _) = try ServerFixture.server(keys: Self.keys, requestsPerMinute: 3, now: { clock.now })
        try await ServerFixture.app(server).test(.router) { client in
            for _ in 0..<3 {
                #expect(try await client.execute(uri: "/v1/suggestions", method: .get, headers: bearer("alice-token-0123456789")).status == .ok)
            }
            let limited = try await client.execute(uri: "/v1/suggestions", method: .get, headers: bearer("alice-token-0123456789"))
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "20")
            // Another key has its own budget, and time refills it.
            #expect(try await client.execute(uri: "/v1/suggestions", method: .get, headers: bearer("ops-token-0123456789abc")).status == .ok)
            clock.advance(by: 20)
            #expect(try await client.execute(uri: "/v1/suggestions", method: .get, headers: bearer("alice-token-0123456789")).status == .ok)
        }
    }

    @Test(arguments: ["alice:reader", "alice:boss:0123456789abcdef0", "alice:reader:short", ":reader:0123456789abcdef0"])
    func malformedKeysStopTheServiceAtStart(_ line: String) {
        #expect { try APIKeyStore.parse(line, source: "keys.txt") } throws: { "\($0)".contains("keys.txt:1") }
    }

    @Test func withoutKeysOnlyLoopbackIsAllowed() {
        #expect(ServerSettings(host: "0.0.0.0").problem?.contains("loopback") == true)
        #expect(ServerSettings(host: "127.0.0.1").problem == nil)
        #expect(ServerSettings(host: "0.0.0.0", keys: try! APIKeyStore.parse(Self.keys, source: "t")).problem == nil)
    }
}

/// Time the rate limiter reads, moved by the test.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var seconds = 1_000.0
    var now: Double { lock.withLock { seconds } }
    func advance(by delta: Double) { lock.withLock { seconds += delta } }
}
