import Foundation

/// Stops calling a backend that keeps failing: after `threshold` failed calls in a row it is
/// open for `cooldown` seconds, and calls fail at once saying so. After the cooldown calls go
/// through again; one more failure opens it again, one success closes it. The clock is injected
/// so tests move time instead of waiting for it.
public final class CircuitBreaker: @unchecked Sendable {
    public let threshold: Int
    public let cooldown: Double
    private let now: @Sendable () -> Double
    private let lock = NSLock()
    private var failures = 0
    private var openedAt: Double?
    private var lastError = ""

    public init(
        threshold: Int = 5, cooldown: Double = 30,
        now: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
    ) {
        self.threshold = max(1, threshold)
        self.cooldown = max(0, cooldown)
        self.now = now
    }

    /// Throws `circuitOpen` while the breaker is open.
    func admit(backend: String) throws {
        try lock.withLock {
            guard let openedAt else { return }
            let remaining = cooldown - (now() - openedAt)
            if remaining > 0 {
                throw LLMError.circuitOpen(backend: backend, failures: failures, retryInSeconds: remaining, lastError: lastError)
            }
        }
    }

    func recordSuccess() {
        lock.withLock {
            failures = 0
            openedAt = nil
        }
    }

    func recordFailure(_ error: String) {
        lock.withLock {
            failures += 1
            lastError = error
            if failures >= threshold { openedAt = now() }
        }
    }

    /// Whether calls are being refused now.
    public var isOpen: Bool {
        lock.withLock { openedAt.map { now() - $0 < cooldown } ?? false }
    }
}
