import Foundation

/// A value behind a lock, for the little shared state a service keeps across concurrent askers.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// Sets a new value and returns the old one, atomically.
    func exchange(_ new: Value) -> Value {
        lock.withLock {
            let old = stored
            stored = new
            return old
        }
    }
}
