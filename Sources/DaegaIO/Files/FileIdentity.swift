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

    /// Whether two paths name the same file: the same file on disk when both exist, else the same absolute path
    /// (two outputs not written yet).
    static func same(_ first: String, _ second: String) -> Bool {
        if let one = FileIdentity(path: first), let other = FileIdentity(path: second) { return one == other }
        return URL(fileURLWithPath: first).standardizedFileURL.path == URL(fileURLWithPath: second).standardizedFileURL.path
    }
}
