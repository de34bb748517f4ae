import Foundation
import Hummingbird
import HummingbirdTesting
import Pipeline
import QueryService
import Server
import Testing

/// The rebuild schedule (`--rebuild-every`, `--watch-source`), driven by ticks the test hands
/// it instead of a clock: each step happens when the test says time has passed, never by waiting.
@Suite(.serialized) struct ScheduleTests {
    /// The schedule's clock, in the test's hands: `tick` says how much time passed and returns
    /// what the schedule did about it (nil: nothing was due), once it has done it.
    final class Driver: @unchecked Sendable {
        let (ticks, clock) = AsyncStream<Duration>.makeStream()
        let (reports, report) = AsyncStream<Rebuilder.Outcome?>.makeStream()
        // Only the test's task steps it, one tick at a time.
        private var outcomes: AsyncStream<Rebuilder.Outcome?>.Iterator?

        @Sendable func tick(_ elapsed: Duration) async -> Rebuilder.Outcome? {
            if outcomes == nil { outcomes = reports.makeAsyncIterator() }
            clock.yield(elapsed)
            return await outcomes?.next() ?? .failed("the schedule stopped")
        }
    }

    /// The countries the service answers with, through /v1/ask.
    func countries(_ client: some TestClientProtocol) async throws -> Set<String> {
        let answer = try await client.execute(
            uri: "/v1/ask", method: .post, headers: jsonHeaders,
            body: jsonBody(["question": "revenue by country"]))
        #expect(answer.status == .ok)
        #expect(answer.json["status"] as? String == "answered", "\(answer.text)")
        let rows = try #require(answer.json["rows"] as? [[Any]])
        return Set(rows.compactMap { $0.first as? String })
    }

    @Test func scheduledRebuildsSwapInAndAFailedOneKeepsServingAndIsReported() async throws {
        let (server, dir) = try ServerFixture.server()
        // The schedule builds from its own copy of the sources.
        let source = dir.appendingPathComponent("source")
        try FileManager.default.copyItem(at: ServerFixture.root.appendingPathComponent("source"), to: source)
        let rebuilder = Rebuilder(
            options: .init(
                sourceDirectory: source.path, warehousePath: server.service.configuration.warehousePath,
                lakeDirectory: dir.appendingPathComponent("lake").path), metrics: server.metrics)
        let live = try CyclingProServer(service: server.service, settings: server.settings, rebuilder: rebuilder, metrics: server.metrics)
        let driver = Driver()
        let loop = Task {
            await rebuilder.schedule(every: .seconds(3_600), watch: true, ticks: driver.ticks) { driver.report.yield($0) }
        }
        defer { loop.cancel() }
        let tick = driver.tick

        let locations = source.appendingPathComponent("source_erp/LOC_A101.csv")
        try await ServerFixture.app(live).test(.router) { client in
            let before = try await countries(client)
            #expect(before.count > 2)

            // Two seconds pass, nothing changed, the hour is not up: nothing is built.
            #expect(await tick(.seconds(2)) == nil)

            // Every customer moves to Germany; the next poll of the sources sees it and rebuilds.
            let moved =
                try String(contentsOf: locations, encoding: .utf8).split(separator: "\n").enumerated().map { index, line in
                    index == 0 ? String(line) : String(line.split(separator: ",")[0]) + ",DE"
                }.joined(separator: "\n") + "\n"
            try moved.write(to: locations, atomically: true, encoding: .utf8)
            guard case .succeeded? = await tick(.seconds(2)) else {
                Issue.record("the changed sources were not rebuilt")
                return
            }
            #expect(try await countries(client) == ["Germany"], "the next answer must come from the new warehouse")

            // The hour is up with nothing changed: the schedule rebuilds anyway, and succeeds.
            guard case .succeeded? = await tick(.seconds(3_600)) else {
                Issue.record("the hourly rebuild did not run")
                return
            }

            // A broken export: the rebuild fails, the warehouse it would have replaced keeps answering.
            try "CID,CNTRY\nAW-1\n".write(to: locations, atomically: true, encoding: .utf8)
            guard case .failed(let message)? = await tick(.seconds(2)) else {
                Issue.record("the broken export was not rebuilt, or its build did not fail")
                return
            }
            #expect(message.contains("LOC_A101.csv"))
            #expect(try await countries(client) == ["Germany"])

            let runs = try await client.execute(uri: "/v1/runs", method: .get)
            let latest = try #require((runs.json["runs"] as? [[String: Any]])?.first)
            #expect(latest["status"] as? String == "failed")
            #expect((latest["error"] as? String)?.contains("LOC_A101.csv") == true)
            let metrics = try await client.execute(uri: "/metrics", method: .get).text
            #expect(metrics.contains("cyclingpro_rebuilds_total{outcome=\"succeeded\"} 2"))
            #expect(metrics.contains("cyclingpro_rebuilds_total{outcome=\"failed\"} 1"))
        }
    }

    /// The service stopping cancels the schedule; a tick that arrived during a build (or here,
    /// while the last tick was being reported) must not start another build after that.
    @Test func aCancelledScheduleStartsNothingMore() async throws {
        let dir = ServerFixture.root.appendingPathComponent("t-\(UUID().uuidString)")
        let rebuilder = Rebuilder(
            options: .init(
                sourceDirectory: dir.appendingPathComponent("source").path,
                warehousePath: dir.appendingPathComponent("warehouse.sqlite").path,
                lakeDirectory: dir.appendingPathComponent("lake").path), metrics: ServerMetrics())
        let (ticks, clock) = AsyncStream<Duration>.makeStream()
        let (entered, enter) = AsyncStream<Void>.makeStream()
        let (gate, open) = AsyncStream<Void>.makeStream()
        let reported = Counter()
        let loop = Task {
            await rebuilder.schedule(every: nil, watch: false, ticks: ticks) { _ in
                reported.add()
                enter.yield()
                for await _ in gate { break }  // held here until the test opens the gate
            }
        }
        clock.yield(.seconds(2))
        var inside = entered.makeAsyncIterator()
        _ = await inside.next()  // the first tick is being reported
        clock.yield(.seconds(2))  // a second tick waits in the stream
        loop.cancel()
        open.yield()
        await loop.value
        #expect(reported.value == 1)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
