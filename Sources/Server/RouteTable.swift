import Foundation

/// The router's routes as (method, path segments), filled once the routes are registered: the
/// error middleware is added first, so it reads them through this box.
final class RouteTable: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(method: String, segments: [Substring])] = []

    func set(_ routes: [(method: String, segments: [Substring])]) { lock.withLock { entries = routes } }

    /// The methods a path is served with (`{id}` matches any one segment).
    func methods(for path: String) -> [String] {
        let parts = path.split(separator: "/")
        return lock.withLock { entries }.filter { route in
            route.segments.count == parts.count && zip(route.segments, parts).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
        }.map(\.method)
    }
}
