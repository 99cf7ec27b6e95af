import Foundation

/// Files of the repository the drivers were compiled from (the rate books some targets need as context).
enum FuzzRepository {
    /// The repository root: two folders above this file (`Fuzz/Support/`).
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The UTF-8 text of `relativePath` under the root, or a crash naming it (a driver cannot run without it).
    static func text(_ relativePath: String) -> String {
        let path = root + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("fuzz: cannot read \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
}
