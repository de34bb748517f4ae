import Foundation

/// An advisory lock so two builds of the same warehouse never run at once.
final class BuildLock {
    private let fd: Int32

    init(path: String) throws {
        fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else {
            throw PipelineError(step: "lock", file: path, message: "cannot create the lock file (errno \(errno))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw PipelineError(
                step: "lock", file: path, message: "another build of this warehouse is running",
                hint: "wait for it to finish, or build into another --warehouse")
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
