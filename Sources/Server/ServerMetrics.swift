import Foundation
import Hummingbird

/// Counters for `/metrics`, in Prometheus' text format: requests by route and status, latency,
/// answers by status, guard refusals, rebuilds.
public final class ServerMetrics: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [String: Int] = [:]
    private var latencyBuckets: [Double: Int] = [:]
    private var latencySum = 0.0
    private var latencyCount = 0
    private var answers: [String: Int] = [:]
    private var guardRefusals = 0
    private var rebuilds: [String: Int] = [:]
    private var llmCalls = 0
    static let bounds: [Double] = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    public init() {}

    func record(request: Request, context: AppContext, status: Int, since started: ContinuousClock.Instant) {
        let elapsed = started.duration(to: .now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        // The matched route, not the raw path: ids in paths would make unbounded label sets.
        let route = context.endpointPath ?? "unmatched"
        let key = "method=\"\(request.method)\",route=\"\(route)\",status=\"\(status)\""
        lock.withLock {
            requests[key, default: 0] += 1
            for bound in Self.bounds where seconds <= bound { latencyBuckets[bound, default: 0] += 1 }
            latencySum += seconds
            latencyCount += 1
        }
    }

    func answer(_ status: String) { lock.withLock { answers[status, default: 0] += 1 } }
    func guardRefusal() { lock.withLock { guardRefusals += 1 } }
    func llm(_ requests: Int) { lock.withLock { llmCalls += requests } }
    func rebuild(_ outcome: String) { lock.withLock { rebuilds[outcome, default: 0] += 1 } }

    var text: String {
        lock.withLock {
            var out = "# HELP cyclingpro_http_requests_total HTTP requests by method, route and status.\n# TYPE cyclingpro_http_requests_total counter\n"
            for (key, count) in requests.sorted(by: { $0.key < $1.key }) { out += "cyclingpro_http_requests_total{\(key)} \(count)\n" }
            out += "# HELP cyclingpro_http_request_duration_seconds Time to answer a request.\n# TYPE cyclingpro_http_request_duration_seconds histogram\n"
            for bound in Self.bounds {
                out += "cyclingpro_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(latencyBuckets[bound] ?? 0)\n"
            }
            out += "cyclingpro_http_request_duration_seconds_bucket{le=\"+Inf\"} \(latencyCount)\n"
            out += "cyclingpro_http_request_duration_seconds_sum \(latencySum)\ncyclingpro_http_request_duration_seconds_count \(latencyCount)\n"
            out += "# HELP cyclingpro_answers_total Questions by outcome.\n# TYPE cyclingpro_answers_total counter\n"
            for status in ["answered", "refused", "failed"] { out += "cyclingpro_answers_total{status=\"\(status)\"} \(answers[status] ?? 0)\n" }
            out += "# HELP cyclingpro_guard_refusals_total Queries the SQL guard refused.\n# TYPE cyclingpro_guard_refusals_total counter\n"
            out += "cyclingpro_guard_refusals_total \(guardRefusals)\n"
            out += "# HELP cyclingpro_llm_calls_total Calls to an LLM backend.\n# TYPE cyclingpro_llm_calls_total counter\ncyclingpro_llm_calls_total \(llmCalls)\n"
            out += "# HELP cyclingpro_rebuilds_total Warehouse rebuilds started by the service, by outcome.\n# TYPE cyclingpro_rebuilds_total counter\n"
            for outcome in ["succeeded", "failed"] { out += "cyclingpro_rebuilds_total{outcome=\"\(outcome)\"} \(rebuilds[outcome] ?? 0)\n" }
            return out
        }
    }
}
