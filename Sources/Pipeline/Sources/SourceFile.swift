import Foundation

/// An export as the build may read it: a regular file, under a size cap.
///
/// What sits at an export's path is not always a file: a FIFO would block the build forever
/// while it holds the build lock, a link to `/dev/zero` would fill the lake, a link to
/// `/etc/passwd` would be copied into the lake for good. The type is checked without following
/// links, and checked again on the descriptor actually read, so a swap in between changes nothing.
public struct SourceFile: Sendable {
    /// Links are refused unless the person building says they are expected.
    public var followSymlinks: Bool
    /// The largest export accepted, in bytes.
    public var maxBytes: Int64

    /// 4 GiB: eight times the largest export of a 100x sample (524 MB for all six).
    public static let defaultMaxBytes: Int64 = 4 << 30

    public init(followSymlinks: Bool = false, maxBytes: Int64 = SourceFile.defaultMaxBytes) {
        self.followSymlinks = followSymlinks
        self.maxBytes = maxBytes
    }

    /// Why the file at `path` cannot be an export, or nil when it can. `name` is how the
    /// contract names it (`source_crm/cust_info.csv`).
    public func problem(at path: String, name: String) -> PipelineError? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return errno == ENOENT ? nil : PipelineError(step: "sources", file: name, message: "cannot inspect \(path) (errno \(errno))")
        }
        if Self.kind(info.st_mode) == "a symbolic link" {
            guard followSymlinks else {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                return PipelineError(
                    step: "sources", file: name, message: "is a symbolic link (to \(target)), not a file",
                    hint: "copy the export into the source folder, or pass --follow-symlinks if links are expected")
            }
            guard stat(path, &info) == 0 else {
                return PipelineError(step: "sources", file: name, message: "is a symbolic link whose target cannot be read (errno \(errno))")
            }
        }
        return check(info, name: name)
    }

    func check(_ info: stat, name: String) -> PipelineError? {
        let kind = Self.kind(info.st_mode)
        guard kind == "a regular file" else {
            return PipelineError(
                step: "sources", file: name, message: "is \(kind), not a regular file",
                hint: "put the exported CSV file itself at this path")
        }
        if Int64(info.st_size) > maxBytes {
            return PipelineError(
                step: "sources", file: name,
                message: "is \(Int64(info.st_size) >> 20) MB, above the limit of \(maxBytes >> 20) MB",
                hint: "check the export; raise the limit with --max-source-mb if it is right")
        }
        return nil
    }

    /// Opens `path` for reading, with the same checks on the opened descriptor. Opening does not
    /// block on a FIFO (O_NONBLOCK) and does not follow a link unless allowed (O_NOFOLLOW).
    public func open(_ path: String, name: String) throws -> FileHandle {
        if let problem = problem(at: path, name: name) { throw problem }
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followSymlinks ? 0 : O_NOFOLLOW)
        let fd = Glibc.open(path, flags)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT {
                throw PipelineError(step: "sources", file: name, message: "is missing", hint: "the export must be at \(path)")
            }
            throw PipelineError(
                step: "sources", file: name, message: "cannot be opened: \(String(cString: strerror(code)))",
                hint: code == ELOOP ? "it is a symbolic link; pass --follow-symlinks if links are expected" : nil)
        }
        var info = stat()
        if fstat(fd, &info) != 0 {
            close(fd)
            throw PipelineError(step: "sources", file: name, message: "cannot inspect the opened file (errno \(errno))")
        }
        if let problem = check(info, name: name) {
            close(fd)
            throw problem
        }
        // Reads of a regular file never block; the flag only mattered for opening.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a named pipe (FIFO)"
        case S_IFLNK: return "a symbolic link"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a file"
        }
    }
}
