import Foundation
import GRDB
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `cyclingpro serve` as it runs in production, stopped the way a service manager stops it.
@Suite(.serialized) struct ServeShutdownTests {
    /// The server's standard output, read as it comes.
    final class Output {
        let handle: FileHandle
        var text = ""
        init(_ handle: FileHandle) { self.handle = handle }

        /// Blocks until a line containing `marker` was printed; returns that line.
        func line(containing marker: String) throws -> String {
            while true {
                if let line = text.split(separator: "\n").first(where: { $0.contains(marker) }) { return String(line) }
                let data = handle.availableData  // blocks until output or end
                if data.isEmpty { throw CLI.FixtureError(description: "the server ended before printing '\(marker)': \(text)") }
                text += String(decoding: data, as: UTF8.self)
            }
        }
    }

    final class Reply: @unchecked Sendable {
        var status = 0
        var body = Data()
        var error: (any Error)?
        let done = DispatchSemaphore(value: 0)
    }

    @Test func sigtermLetsTheRequestInFlightFinishAndFlushesTheLog() throws {
        let dir = try CLI.temporaryDirectory()
        let warehouse = dir.appendingPathComponent("warehouse.sqlite").path
        try FileManager.default.copyItem(atPath: try CLITests.work.appendingPathComponent("w/warehouse.sqlite").path, toPath: warehouse)
        let log = dir.appendingPathComponent("log.sqlite").path

        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["serve", "--port", "0", "--warehouse", warehouse, "--log", log]
        // The ask route holds each request at its pause point until the shutdown has begun.
        process.environment = ProcessInfo.processInfo.environment.merging(["CYCLINGPRO_PAUSE_AT": "ask"]) { $1 }
        process.currentDirectoryURL = CLI.root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A safety net, not a measurement: a server that never stops must not hang the suite.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 300, execute: watchdog)
        defer {
            // A test that stopped early leaves no server behind; the watchdog is called off once
            // the server has exited, so its process id, free again, is never hit.
            if process.isRunning {
                kill(pid, SIGKILL)
                process.waitUntilExit()
            }
            watchdog.cancel()
        }
        let output = Output(out.fileHandleForReading)

        let listening = try output.line(containing: "listening on http://")
        let address = try #require(listening.split(separator: "/").last.map(String.init))
        var request = URLRequest(url: try #require(URL(string: "http://\(address)/v1/ask")))
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"question": "revenue by country"}"#.utf8)
        let reply = Reply()
        URLSession.shared.dataTask(with: request) { data, response, error in
            reply.status = (response as? HTTPURLResponse)?.statusCode ?? 0
            reply.body = data ?? Data()
            reply.error = error
            reply.done.signal()
        }.resume()

        // The request is in flight, held inside the handler: now the service is told to stop.
        _ = try output.line(containing: "paused at ask")
        kill(pid, SIGTERM)
        reply.done.wait()
        #expect(reply.error == nil)
        #expect(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
        let answer = try JSONSerialization.jsonObject(with: reply.body) as? [String: Any]
        #expect(answer?["status"] as? String == "answered")
        let logID = try #require(answer?["log_id"] as? Int)

        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        // Flushed: the write-ahead log was checkpointed into the file and removed at close.
        let walBytes = (try? FileManager.default.attributesOfItem(atPath: log + "-wal"))?[.size] as? Int ?? 0
        #expect(walBytes == 0)
        let entry = try DatabaseQueue(path: log).read { db in
            try Row.fetchOne(db, sql: "SELECT question, status, interface FROM queries WHERE id = ?", arguments: [logID])
        }
        #expect(entry?["question"] as String? == "revenue by country")
        #expect(entry?["status"] as String? == "answered")
        #expect(entry?["interface"] as String? == "http")
    }
}
