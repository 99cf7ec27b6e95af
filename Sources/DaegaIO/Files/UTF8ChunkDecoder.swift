/// Validates UTF-8 chunk by chunk and drops a byte order mark at the start; invalid bytes are never replaced.
struct UTF8ChunkDecoder: TextChunkDecoder {
    /// The UTF-8 byte order mark, `EF BB BF`.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether the stream began with a byte order mark.
    private(set) var sawByteOrderMark = false
    private var carry: [UInt8] = []
    private var carryOffset = 0
    private var atStreamStart = true

    mutating func decode(_ chunk: [UInt8]) -> DecodedText {
        let work = carry.isEmpty ? chunk : carry + chunk
        let workOffset = carryOffset
        let complete = Self.completePrefixLength(work)
        carry = Array(work[complete...])
        carryOffset = workOffset + complete

        var start = 0
        if atStreamStart && complete > 0 {
            atStreamStart = false
            if work.starts(with: Self.byteOrderMark) {
                sawByteOrderMark = true
                start = Self.byteOrderMark.count
            }
        }
        let invalid = work.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: $0[start..<complete])) }
        guard let invalid else { return DecodedText(utf8: Array(work[start..<complete]), fault: nil) }
        let badIndex = start + invalid
        return DecodedText(
            utf8: Array(work[start..<badIndex]),
            fault: EncodingFault(encoding: .utf8, byteOffset: workOffset + badIndex,
                                 bytes: Array(work[badIndex..<min(badIndex + 1, complete)]), truncated: false))
    }

    mutating func finish() -> DecodedText {
        guard !carry.isEmpty else { return DecodedText(utf8: [], fault: nil) }
        return DecodedText(utf8: [], fault: EncodingFault(encoding: .utf8, byteOffset: carryOffset,
                                                          bytes: Array(carry.prefix(2)), truncated: true))
    }

    /// The length of `bytes` without a multi-byte sequence cut off at its end.
    private static func completePrefixLength(_ bytes: [UInt8]) -> Int {
        var index = bytes.count - 1
        while index >= max(0, bytes.count - 3) {
            let byte = bytes[index]
            if byte < 0x80 { return bytes.count }
            if byte >= 0xC0 {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                return index + length > bytes.count ? index : bytes.count
            }
            index -= 1
        }
        return bytes.count
    }
}
