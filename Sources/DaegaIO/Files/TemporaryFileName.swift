import Foundation
import Synchronization

/// Names of the temporary files written beside an output: `.daega-tmp-<pid>-<random>-<output name>`.
///
/// A temporary file is removed when its run fails or is interrupted (``InterruptCleanup``); only a run killed outright
/// (SIGKILL, a power cut) leaves one. Its name says which process made it, so the next run that writes into the same
/// folder removes it once that process is no longer running (a running process's files are never touched).
enum TemporaryFileName {
    /// How every temporary file name starts.
    static let prefix = ".daega-tmp-"

    /// The longest file name most file systems take, in bytes.
    private static let longestName = 255

    /// A fresh temporary path beside `destination`, in the same folder so that renaming it into place is atomic; the
    /// output's name is shortened (at a character boundary) when the whole would be too long for a file name.
    static func path(beside destination: String) -> String {
        let url = URL(fileURLWithPath: destination)
        let start = "\(prefix)\(getpid())-\(String(UInt32.random(in: .min ... .max), radix: 16))-"
        var name = Substring(url.lastPathComponent)
        while start.utf8.count + name.utf8.count > longestName { name = name.dropLast() }
        return url.deletingLastPathComponent().appendingPathComponent(start + name).path
    }

    /// The process that made the temporary file `name`, or `nil` for a name that is not one of daega's.
    static func process(of name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0 else { return nil }
        return pid
    }

    /// The folders already cleaned by this process: a batch writing thousands of memos into one folder lists it once.
    private static let cleanedFolders = Mutex<Set<String>>([])

    /// Removes the temporary files in `destination`'s folder that were left by processes no longer running, the first
    /// time this process writes into that folder.
    /// - Returns: the paths removed.
    @discardableResult
    static func removeStale(beside destination: String) -> [String] {
        let folder = URL(fileURLWithPath: destination).deletingLastPathComponent()
        guard cleanedFolders.withLock({ $0.insert(folder.path).inserted }),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.compactMap { name -> String? in
            guard let pid = process(of: name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { return nil }
            let path = folder.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, unlink(path) == 0 else { return nil }
            return path
        }
    }
}
