import Foundation
import Pipeline

/// Runs the pipeline inside the service: on request, on a schedule, or when the sources change.
///
/// The build writes beside the live warehouse and renames the new file over it only when every
/// data test passed; the service notices the new file on its next question and reopens it, while
/// questions in flight finish on the old one. A failed build leaves the old warehouse serving and
/// shows in `/v1/runs` and `/metrics`. One build at a time.
public final class Rebuilder: @unchecked Sendable {
    public let options: BuildOptions
    let metrics: ServerMetrics
    private let lock = NSLock()
    private var running = false
    private var lastSourceState: [String: Date] = [:]

    public init(options: BuildOptions, metrics: ServerMetrics) {
        self.options = options
        self.metrics = metrics
        lastSourceState = sourceState()
    }

    public enum Outcome: Sendable, Equatable {
        case succeeded(runID: Int64)
        case failed(String)
        case alreadyRunning
    }

    /// Builds now, on a thread of its own (a build is seconds of blocking work).
    public func rebuild() async -> Outcome {
        let claimed = lock.withLock {
            if running { return false }
            running = true
            return true
        }
        guard claimed else { return .alreadyRunning }
        defer { lock.withLock { running = false } }
        let options = self.options
        let outcome: Outcome = await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                do {
                    let report = try WarehouseBuilder(options: options).build()
                    continuation.resume(returning: .succeeded(runID: report.runID))
                } catch {
                    continuation.resume(returning: .failed("\(error)"))
                }
            }
        }
        if case .succeeded = outcome { metrics.rebuild("succeeded") } else { metrics.rebuild("failed") }
        return outcome
    }

    public var isRunning: Bool { lock.withLock { running } }

    /// The modification times of the source folder's files, to notice a new export.
    func sourceState() -> [String: Date] {
        let fm = FileManager.default
        var state: [String: Date] = [:]
        for path in (try? fm.subpathsOfDirectory(atPath: options.sourceDirectory)) ?? [] where path.hasSuffix(".csv") {
            let attributes = try? fm.attributesOfItem(atPath: options.sourceDirectory + "/" + path)
            state[path] = attributes?[.modificationDate] as? Date
        }
        return state
    }

    /// True once when the sources differ from the last time they were looked at.
    public func sourcesChanged() -> Bool {
        let now = sourceState()
        return lock.withLock {
            defer { lastSourceState = now }
            return now != lastSourceState
        }
    }

    /// Rebuilds every `interval` and, when `watch` is set, every `pollInterval` the sources
    /// changed; until the task is cancelled (the service shutting down).
    public func schedule(every interval: Duration?, watch: Bool, pollInterval: Duration = .seconds(2)) async {
        let tick = watch ? min(pollInterval, interval ?? pollInterval) : (interval ?? .seconds(3_600))
        await schedule(every: interval, watch: watch, ticks: Self.clock(every: tick))
    }

    /// The schedule's loop, driven by `ticks`: each element is the time passed since the one
    /// before. The service feeds it from the clock; a test feeds it by hand, so it decides when
    /// time passes instead of sleeping. After each tick `onTick` learns what it did: nil when
    /// nothing was due, else the rebuild's outcome (reported once the build is over).
    public func schedule(
        every interval: Duration?, watch: Bool, ticks: AsyncStream<Duration>,
        onTick: @Sendable (Outcome?) async -> Void = { _ in }
    ) async {
        var sinceLast = Duration.zero
        for await elapsed in ticks {
            // A tick that came in during a build is still delivered after a cancellation.
            if Task.isCancelled { return }
            sinceLast += elapsed
            let due = interval.map { sinceLast >= $0 } ?? false
            guard due || (watch && sourcesChanged()) else {
                await onTick(nil)
                continue
            }
            sinceLast = .zero
            let outcome = await rebuild()
            _ = sourcesChanged()  // what the build just read is the new baseline
            await onTick(outcome)
        }
    }

    /// Ticks of `interval` from the clock, until the consumer goes away. Ticks that come while a
    /// rebuild runs are not queued up: one waits, so a long build is not followed by a burst.
    static func clock(every interval: Duration) -> AsyncStream<Duration> {
        AsyncStream(bufferingPolicy: .bufferingNewest(1)) { continuation in
            let timer = Task {
                while true {
                    do { try await Task.sleep(for: interval) } catch { break }
                    continuation.yield(interval)
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in timer.cancel() }
        }
    }
}
