/// A 1-based line and character column in UTF-8 text; CR, LF and CRLF each end one line, and the
/// column counts Unicode scalars, so 가 is one column like `a`.
struct TextPositionTracker: Sendable, Equatable {
    /// The 1-based line.
    var line = 1
    /// The 1-based column of the next character, in Unicode scalars.
    var column = 1
    /// Whether the last byte was a CR, so that a following LF does not start another line.
    var previousWasCR = false

    /// Moves past `bytes`.
    mutating func advance(over bytes: some Sequence<UInt8>) {
        for byte in bytes { advance(over: byte) }
    }

    /// Moves past one byte.
    mutating func advance(over byte: UInt8) {
        switch byte {
        case .carriageReturn:
            line += 1
            column = 1
            previousWasCR = true
            return
        case .lineFeed:
            if !previousWasCR {
                line += 1
                column = 1
            }
        default:
            if !byte.isUTF8Continuation { column += 1 }
        }
        previousWasCR = false
    }
}

extension UInt8 {
    static let carriageReturn: UInt8 = 0x0D
    static let lineFeed: UInt8 = 0x0A
    static let quotationMark: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let nul: UInt8 = 0x00

    /// Whether this byte continues a multi-byte UTF-8 sequence (10xxxxxx) rather than starting a character.
    var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }
}
