import Foundation

/// When and how long to wait before trying a request again: exponential backoff with jitter on
/// connection errors, 429 and 5xx, honouring `Retry-After`. Sleeping and randomness are injected
/// so tests run without real waits and with known delays.
public struct RetryPolicy: Sendable {
    /// Requests in all, the first included (1 = no retry).
    public var maxTries: Int
    /// The first backoff; each later one doubles, up to `maxDelay`.
    public var baseDelay: Double
    public var maxDelay: Double
    /// A `Retry-After` longer than this is not waited for: the call fails at once instead of hanging.
    public var maxRetryAfter: Double
    /// Waits the given seconds; throws when the task is cancelled.
    public var sleep: @Sendable (Double) async throws -> Void
    /// A number in 0..<1.
    public var jitter: @Sendable () -> Double

    public init(
        maxTries: Int = 3, baseDelay: Double = 0.5, maxDelay: Double = 8, maxRetryAfter: Double = 30,
        sleep: @escaping @Sendable (Double) async throws -> Void = RetryPolicy.taskSleep,
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.maxTries = max(1, maxTries)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.maxRetryAfter = max(0, maxRetryAfter)
        self.sleep = sleep
        self.jitter = jitter
    }

    public static let taskSleep: @Sendable (Double) async throws -> Void = { seconds in
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
    }

    /// How long to wait after failed try number `tryNumber` (1-based). "Equal jitter": half the
    /// backoff is fixed, half random, so that clients failing together do not retry together.
    /// A server's `Retry-After` wins when given.
    public func delay(afterTry tryNumber: Int, retryAfter: Double?) -> Double {
        if let retryAfter { return max(0, retryAfter) }
        let backoff = min(maxDelay, baseDelay * pow(2, Double(max(0, tryNumber - 1))))
        let random = min(max(jitter(), 0), 1)
        return backoff / 2 + backoff / 2 * random
    }

    /// Seconds from a `Retry-After` value: delta-seconds or an HTTP date.
    public static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds.isFinite { return max(0, seconds) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
