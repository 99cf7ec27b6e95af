import Foundation

/// Which file a path names on disk (device and inode), so two spellings, a symbolic link or a hard link
/// to the same file compare equal.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path`, following symbolic links; `nil` when nothing is there.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
