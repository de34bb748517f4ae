import Foundation
import ServiceLifecycle

/// A place where a test can hold a request of the real `cyclingpro serve` process, as the
/// build's `CYCLINGPRO_PAUSE_AT` holds a build: with `CYCLINGPRO_PAUSE_AT=ask` a `/v1/ask`
/// request prints "paused at ask" on standard output and waits there until the service begins
/// its graceful shutdown (SIGTERM), then goes on. So a test knows, without timers, that a request
/// is in flight when the signal arrives. Unset (always, outside tests), it costs one comparison.
enum PausePoint {
    static let requested = ProcessInfo.processInfo.environment["CYCLINGPRO_PAUSE_AT"]

    static func pause(at point: String) async {
        guard requested == point else { return }
        // Unbuffered, so the line is out before the request waits.
        FileHandle.standardOutput.write(Data("paused at \(point)\n".utf8))
        // Returns when the server is told to shut down (or throws when the task is cancelled).
        try? await gracefulShutdown()
    }
}
