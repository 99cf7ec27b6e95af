import DaegaEngine
import Foundation

/// A file that a project file, a contract-change file or a flag names and daega reads later (a function list or its
/// workbook, a staffing list, a requirement list, the original project file). Its path is checked where it was given,
/// so a wrong path is reported at that TOML line or flag, saying what is wrong with which path.
public enum ReferencedFile {
    /// The path a TOML path key holds, resolved against `folder` (the TOML file's folder) unless it is absolute.
    /// - Parameters:
    ///   - value: the key's value.
    ///   - key: the key, for messages.
    ///   - section: the table holding the key.
    ///   - folder: the TOML file's folder.
    ///   - expected: what the key should name (e.g. `기능 목록 CSV 또는 .xlsx 파일`).
    /// - Throws: `DaegaError` `projectPathInvalid` at the value when it is not a string, is empty or blank, or holds a
    ///   control character.
    public static func path(_ value: TOMLValue, key: String, in section: TOMLTableReader, folder: String,
                            expected: String) throws -> String {
        let text = try section.string(from: value, key: key)
        let name = section.name.isEmpty ? key : "\(section.name).\(key)"
        if text.allSatisfy(\.isWhitespace) {
            throw DaegaError(.projectPathInvalid, at: section.location(of: value),
                             "'\(name)'의 경로가 비어 있습니다", expected: "\(expected)의 경로 (예: \(key) = \"목록.csv\")")
        }
        if let control = text.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            throw DaegaError(.projectPathInvalid, at: section.location(of: value),
                             "'\(name)'의 경로에 제어 문자(U+\(String(format: "%04X", control.value)))가 있습니다",
                             expected: "\(expected)의 경로 (제어 문자 없이)")
        }
        return text.hasPrefix("/") ? text : (folder as NSString).appendingPathComponent(text)
    }

    /// Checks that `path` names something daega can open and read as a file: it exists, is not a folder, is not a
    /// symbolic-link loop, and may be read.
    /// - Parameters:
    ///   - path: the resolved path.
    ///   - location: where the path was given (a TOML key's line, a flag); the file itself when `nil`.
    ///   - what: what the file is, for messages (e.g. `기능 목록`).
    /// - Throws: `DaegaError` `fileNotFound` or `fileUnreadable` at `location`, naming `path`.
    public static func check(_ path: String, givenAt location: InputLocation?, what: String) throws {
        let place = location ?? .file(path: path, line: nil, column: nil)
        var status = stat()
        guard stat(path, &status) == 0 else {
            let failure = errno
            switch failure {
            case ENOENT, ENOTDIR:
                throw DaegaError(.fileNotFound, at: place, "\(what) '\(path)'이(가) 없습니다",
                                 expected: "있는 파일의 경로 (프로젝트 파일 안의 상대 경로는 그 파일이 있는 폴더 기준)")
            case ELOOP:
                throw DaegaError(.fileUnreadable, at: place, "\(what) '\(path)'의 심볼릭 링크가 돌고 돌아 끝나지 않습니다",
                                 expected: "실제 파일에 닿는 경로 (ls -l로 링크가 가리키는 곳 확인)")
            case EACCES:
                throw DaegaError(.fileUnreadable, at: place, "\(what) '\(path)'에 이르는 폴더에 들어갈 권한이 없습니다",
                                 expected: "읽을 수 있는 위치의 파일")
            default:
                throw DaegaError(.fileUnreadable, at: place, "\(what) '\(path)'을(를) 열 수 없습니다: \(String(cString: strerror(failure)))",
                                 expected: "읽을 수 있는 파일의 경로")
            }
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw DaegaError(.fileUnreadable, at: place, "\(what) '\(path)'은(는) 파일이 아니라 폴더입니다",
                             expected: "폴더가 아닌 파일의 경로 (폴더 안의 파일 이름까지)")
        }
        if access(path, R_OK) != 0 {
            throw DaegaError(.fileUnreadable, at: place, "\(what) '\(path)'을(를) 읽을 권한이 없습니다", expected: "읽기 권한이 있는 파일")
        }
    }
}
