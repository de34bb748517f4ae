import Foundation

/// Replaces a file whole: written beside it under a unique name, flushed, then renamed over it,
/// so a reader sees the old or the new content and a crash never leaves half a file.
enum AtomicFile {
    static func replace(_ path: String, with text: String) throws {
        let temporary = path + ".tmp-\(getpid())-\(UUID().uuidString)"
        do {
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw QueryServiceError.setup("cannot create \(temporary) (errno \(errno))") }
            defer { close(fd) }
            let bytes = Array(text.utf8)
            var written = 0
            while written < bytes.count {
                let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                guard n > 0 else { throw QueryServiceError.setup("cannot write \(temporary) (errno \(errno)); check free space") }
                written += n
            }
            guard fsync(fd) == 0 else { throw QueryServiceError.setup("cannot flush \(temporary) (errno \(errno))") }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw QueryServiceError.setup("cannot replace \(path) (errno \(code))")
        }
    }
}
