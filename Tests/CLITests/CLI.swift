import Foundation
import TestSupport

/// Runs the built `cyclingpro` binary, as a person or a script would.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The `cyclingpro` built with this test bundle: the same folder, so the same configuration
    /// and the same build (never a stale binary of another configuration).
    static let binary: String = {
        let bundle =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("cyclingpro").path
    }()

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    static func run(
        _ arguments: [String], input: String? = nil, in directory: URL = root,
        environment: [String: String]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = directory
        let out = Pipe(), inPipe = Pipe()
        // Standard error goes to a file, so a chatty child never blocks on a second full pipe.
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("cyclingpro-stderr-\(UUID().uuidString)").path
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errHandle.close()
        let errData = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `cyclingpro` with `environment` added and returns once it printed `marker` on
    /// standard output: the build's fail points print "paused at X" and stop themselves, so a
    /// test knows exactly where the process is without timers.
    static func startAndWait(_ arguments: [String], environment: [String: String], for marker: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        while !seen.contains(marker) {
            let data = out.fileHandleForReading.availableData  // blocks until output or end
            if data.isEmpty { throw FixtureError(description: "the process ended before printing '\(marker)': \(seen)") }
            seen += String(decoding: data, as: UTF8.self)
        }
        return process
    }

    static func temporaryDirectory() throws -> URL {
        try ScratchDirectory.make("cli")
    }
}
