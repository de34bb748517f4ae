import Foundation

/// A token bucket per caller: `perMinute` requests a minute, bursts up to the same number.
/// `now` is injectable so tests drive time instead of waiting for it.
final class RateLimiter: @unchecked Sendable {
    private let perMinute: Double
    private let now: @Sendable () -> Double
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, at: Double)] = [:]

    init(perMinute: Int, now: @escaping @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }) {
        self.perMinute = Double(perMinute)
        self.now = now
    }

    /// nil when the request may go ahead, else the seconds until it may.
    func retryAfter(for caller: String) -> Int? {
        lock.withLock {
            let time = now()
            var bucket = buckets[caller] ?? (perMinute, time)
            bucket.tokens = min(perMinute, bucket.tokens + (time - bucket.at) * perMinute / 60)
            bucket.at = time
            defer { buckets[caller] = bucket }
            if bucket.tokens >= 1 {
                bucket.tokens -= 1
                return nil
            }
            return max(1, Int(((1 - bucket.tokens) * 60 / perMinute).rounded(.up)))
        }
    }
}
