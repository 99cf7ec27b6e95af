import DaegaEngine
import Foundation

/// Reads small UTF-8 text files (rate books, project files) whole, with clear errors.
public enum TextFile {
    /// The largest text file read whole: 16 MiB.
    public static let maximumBytes = 16 << 20

    /// Reads `path` as UTF-8 (a BOM is allowed and dropped). At most ``maximumBytes`` + 1 bytes are read, so an
    /// endless input (`/dev/zero`, a FIFO that never closes its end) is refused as too large instead of read forever.
    /// - Throws: `DaegaError` `fileNotFound`, `fileUnreadable` (a folder, a symbolic-link loop, no permission, past
    ///   the size limit) or `invalidEncoding` naming the file.
    public static func readUTF8(_ path: String) throws -> String {
        try ReferencedFile.check(path, givenAt: nil, what: "파일")
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil), "파일을 읽을 수 없습니다(권한 확인)",
                             expected: "읽기 권한이 있는 파일")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil), "파일을 읽지 못했습니다: \(error.localizedDescription)",
                             expected: "읽을 수 있는 파일")
        }
        guard data.count <= maximumBytes else {
            throw DaegaError(.fileUnreadable, at: .file(path: path, line: nil, column: nil),
                             "파일이 너무 큽니다 (한도 \(maximumBytes) 바이트, 16 MiB)", expected: "\(maximumBytes) 바이트 이하")
        }
        let hasNUL = data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = firstInvalidUTF8(in: data)
            throw DaegaError(.invalidEncoding, at: .file(path: path, line: line, column: column),
                             "UTF-8이 아닌 바이트가 있습니다", expected: "UTF-8로 저장한 텍스트")
        }
        if hasNUL {  // in UTF-8 only U+0000 has a zero byte
            let (line, column) = position(ofFirst: 0, in: data)
            throw DaegaError(.invalidEncoding, at: .file(path: path, line: line, column: column),
                             "NUL 바이트가 있습니다", expected: "텍스트 파일")
        }
        return text
    }

    /// The line and character column of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, offset + length <= bytes.count,
                  String(bytes: bytes[offset..<offset + length], encoding: .utf8) != nil else { break }
            offset += length
        }
        return lineAndColumn(ofByte: offset, in: bytes)
    }

    static func position(ofFirst byte: UInt8, in data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        return lineAndColumn(ofByte: bytes.firstIndex(of: byte) ?? 0, in: bytes)
    }

    /// The 1-based line and character column (in Unicode scalars, as the TOML parser counts) of the byte at
    /// `offset`, whose preceding bytes are valid UTF-8: every byte but a continuation byte starts a scalar.
    static func lineAndColumn(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let end = min(offset, bytes.count)
        var line = 1, lineStart = 0
        for index in 0..<end where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let scalars = bytes[lineStart..<end].count { $0 & 0xC0 != 0x80 }
        return (line, scalars + 1)
    }
}
