extension Unicode.Scalar {
    /// Whether the code point `value` has the Unicode White_Space property, answered from the property's fixed list
    /// of 25 code points instead of the general property tables (the hot path of every cell and name comparison).
    @inlinable
    static func isWhiteSpace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// These UTF-8 bytes without leading and trailing white space.
    @inlinable
    public var trimmingWhiteSpace: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: self[withoutWhiteSpaceEdges]) }

    /// The positions of these UTF-8 bytes without leading and trailing white space (empty when all of it is).
    @inlinable
    public var withoutWhiteSpaceEdges: Range<Int> {
        if hasVisibleEdges { return 0..<count }
        var start = 0, end = count
        while start < end, let length = whiteSpaceLength(at: start, before: end) { start += length }
        while start < end {
            var lead = end - 1
            while lead > start, self[lead] & 0xC0 == 0x80 { lead -= 1 }
            guard whiteSpaceLength(at: lead, before: end) != nil else { break }
            end = lead
        }
        return start..<end
    }

    /// Whether these bytes are not empty and neither their first nor their last scalar is white space, told from the
    /// two scalars' lead bytes alone: most text — numbers, Korean names — starts and ends with visible ASCII or with a
    /// scalar whose lead byte no White_Space scalar (nor an overlong spelling of one) has, and is decided here
    /// without decoding a scalar.
    @inlinable @inline(__always)
    public var hasVisibleEdges: Bool {
        guard let first, Self.leadsVisibleScalar(first) else { return false }
        var lead = count - 1
        while lead > 0, self[lead] & 0xC0 == 0x80 { lead -= 1 }
        return Self.leadsVisibleScalar(self[lead])
    }

    /// Whether a scalar led by `byte` is never white space: visible ASCII (0x21…0x7E), or a lead byte other than
    /// 0xC0…0xC2 and 0xE0…0xE3 (every multi-byte White_Space scalar starts with 0xC2, 0xE1, 0xE2 or 0xE3).
    @inlinable @inline(__always)
    static func leadsVisibleScalar(_ byte: UInt8) -> Bool {
        byte &- 0x21 < 0x5E || (byte >= 0xC3 && byte &- 0xE0 >= 4)
    }

    /// The length in bytes of the scalar starting at `position` when it is white space, else `nil`. Every White_Space
    /// scalar takes one to three bytes.
    @inlinable
    func whiteSpaceLength(at position: Int, before end: Int) -> Int? {
        let lead = self[position]
        let value: UInt32, length: Int
        switch lead {
        case ..<0x80:
            (value, length) = (UInt32(lead), 1)
        case 0xC0..<0xE0 where position + 1 < end:
            (value, length) = (UInt32(lead & 0x1F) << 6 | UInt32(self[position + 1] & 0x3F), 2)
        case 0xE0..<0xF0 where position + 2 < end:
            (value, length) = (UInt32(lead & 0x0F) << 12 | UInt32(self[position + 1] & 0x3F) << 6 | UInt32(self[position + 2] & 0x3F), 3)
        default:
            return nil
        }
        return Unicode.Scalar.isWhiteSpace(value) ? length : nil
    }
}

extension StringProtocol {
    /// Calls `body` with the text's UTF-8 bytes: in place when the text is stored contiguously, else from a copy.
    @inlinable
    public func withUTF8Buffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }

    /// The text without leading and trailing white space.
    @inlinable
    public var trimmingWhiteSpace: Substring {
        let edges = withUTF8Buffer(\.withoutWhiteSpaceEdges)
        let text = Substring(self), utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: edges.lowerBound)
        return text[start..<utf8.index(start, offsetBy: edges.count)]
    }
}
