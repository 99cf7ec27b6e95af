extension Unicode.Scalar {
    /// Whether this scalar has the Unicode White_Space property, answered from the property's fixed list of 25 code
    /// points instead of the general property tables (the hot path of every cell and name comparison).
    @inlinable
    public var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Whether the text is empty or only white space. Reads bytes while they are ASCII (every cell a batch reads),
    /// and Unicode scalars only from the first non-ASCII byte on.
    @inlinable
    public var isBlank: Bool {
        for byte in utf8 {
            if byte >= 0x80 { return !unicodeScalars.contains { !$0.isWhiteSpace } }
            if byte != 0x20 && !(0x09...0x0D).contains(byte) { return false }
        }
        return true
    }

    /// The text without leading and trailing white space.
    public var trimmingWhiteSpace: Substring {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return Substring(self).prefix(0) }
        return Substring(scalars[first...last])
    }
}
