import Foundation

/// Hands out one of a fixed set of connections (by index) to one caller at a time.
///
/// Async callers suspend without holding a thread of the concurrency pool while every
/// connection is busy; synchronous callers (the command line) block their own thread. Waiters
/// are served first come, first served.
final class ConnectionPool: @unchecked Sendable {
    private enum Waiter {
        case async(CheckedContinuation<Int, Never>)
        case sync(DispatchSemaphore, Box)
    }

    final class Box: @unchecked Sendable { var index = -1 }

    private let lock = NSLock()
    private var free: [Int]
    private var waiters: [Waiter] = []

    init(size: Int) {
        free = Array((0..<size).reversed())
    }

    func acquire() async -> Int {
        if let index = lock.withLock({ free.popLast() }) { return index }
        return await withCheckedContinuation { continuation in
            // Checked again under the lock: a release may have come in between.
            let index: Int? = lock.withLock {
                if let index = free.popLast() { return index }
                waiters.append(.async(continuation))
                return nil
            }
            if let index { continuation.resume(returning: index) }
        }
    }

    func acquireBlocking() -> Int {
        lock.lock()
        if let index = free.popLast() {
            lock.unlock()
            return index
        }
        let semaphore = DispatchSemaphore(value: 0)
        let box = Box()
        waiters.append(.sync(semaphore, box))
        lock.unlock()
        semaphore.wait()
        return box.index
    }

    func release(_ index: Int) {
        lock.lock()
        guard !waiters.isEmpty else {
            free.append(index)
            lock.unlock()
            return
        }
        let next = waiters.removeFirst()
        lock.unlock()
        switch next {
        case .async(let continuation): continuation.resume(returning: index)
        case .sync(let semaphore, let box):
            box.index = index
            semaphore.signal()
        }
    }
}
