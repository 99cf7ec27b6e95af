import Foundation

/// A text encoding daega reads and writes: UTF-8, CP949 as Excel on Korean Windows saves CSV files, and (read only)
/// UTF-16 with a byte order mark, as Excel saves "유니코드 텍스트".
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// CP949 (Windows code page 949, a superset of EUC-KR with all 11,172 Hangul syllables).
    case cp949
    /// UTF-16, little-endian, starting with `FF FE`.
    case utf16LittleEndian = "utf16le"
    /// UTF-16, big-endian, starting with `FE FF`.
    case utf16BigEndian = "utf16be"

    /// The name people see in messages.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .cp949: "CP949"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        }
    }

    /// Foundation's CP949 (`kCFStringEncodingDOSKorean`); unlike EUC-KR it accepts 똠 and 뷁.
    static let foundationCP949 = String.Encoding(rawValue: 0x8000_0422)
}
