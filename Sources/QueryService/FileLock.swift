import Foundation

/// An exclusive advisory lock on a file (flock), held until released or the process ends: the
/// kernel drops it when a holder is killed, so a crash never leaves a stale lock behind.
final class FileLock {
    private var descriptor: Int32

    init(path: String) throws {
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw QueryServiceError.setup("cannot open the lock file \(path) (errno \(errno)); check the folder's permissions")
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw QueryServiceError.setup("cannot lock \(path) (errno \(errno))")
            }
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
