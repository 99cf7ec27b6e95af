import Foundation

/// A text encoding daega reads and writes: UTF-8, or CP949 as Excel on Korean Windows saves CSV files.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    /// UTF-8, with or without a byte order mark.
    case utf8
    /// CP949 (Windows code page 949, a superset of EUC-KR with all 11,172 Hangul syllables).
    case cp949

    /// The name people see in messages.
    public var displayName: String {
        switch self {
        case .utf8: "UTF-8"
        case .cp949: "CP949"
        }
    }

    /// Foundation's CP949 (`kCFStringEncodingDOSKorean`); unlike EUC-KR it accepts 똠 and 뷁.
    static let foundationCP949 = String.Encoding(rawValue: 0x8000_0422)
}
