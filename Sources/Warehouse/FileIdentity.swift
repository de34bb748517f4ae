import Foundation

/// A file's device and inode: a rebuild swaps a new warehouse in by renaming it over the old
/// path, so a changed identity means the open connection reads a file no longer live.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
