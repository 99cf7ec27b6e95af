import DaegaEngine
import Foundation

/// A folder only this user can read (mode 0700) that holds a request's uploaded files while the readers that take a
/// path (function lists, portfolios) run; `remove()` deletes it after the response is made.
final class PrivateUploadFolder: Sendable {
    /// The folder's path.
    let path: String

    /// Creates a fresh folder under the system's temporary directory.
    /// - Throws: `DaegaError.outputFailed` when it cannot be made.
    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/daega-web-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil), "임시 폴더를 만들지 못했습니다",
                             expected: "쓸 수 있는 임시 디렉터리 (TMPDIR)")
        }
    }

    /// Writes `upload` into the folder under a name made only of the safe characters of `name` (its own file name
    /// by default), and returns the path.
    /// - Throws: `DaegaError.outputFailed` when it cannot be written.
    func store(_ upload: WebUpload, as name: String? = nil) throws -> String {
        let safe = String((name ?? upload.filename).map { $0.isLetter || $0.isNumber || "._-".contains($0) ? $0 : "_" }.prefix(100))
        let file = path + "/" + (safe.hasPrefix(".") ? "_" + safe : safe)
        guard FileManager.default.createFile(atPath: file, contents: Data(upload.bytes), attributes: [.posixPermissions: 0o600]) else {
            throw DaegaError(.outputFailed, at: .file(path: upload.filename, line: nil, column: nil), "올린 파일을 임시 폴더에 두지 못했습니다",
                             expected: "쓸 수 있는 임시 디렉터리 (TMPDIR)")
        }
        return file
    }

    /// `text` with this folder's path taken out, so a message names an upload by its file name only.
    func hidingPath(_ text: String) -> String { text.replacingOccurrences(of: path + "/", with: "") }

    /// Deletes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
