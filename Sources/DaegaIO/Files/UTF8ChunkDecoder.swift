/// Validates UTF-8 chunk by chunk and drops a byte order mark at the start; invalid bytes are never replaced.
struct UTF8ChunkDecoder: TextChunkDecoder {
    /// The UTF-8 byte order mark, `EF BB BF`.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether the stream began with a byte order mark.
    private(set) var sawByteOrderMark = false
    private var carry: [UInt8] = []
    private var carryOffset = 0
    private var atStreamStart = true
    /// The chunks detection already validated, and how many chunks came so far while every one matched them.
    private let validated: ValidatedChunks
    private var matchedChunks = 0
    private var matching = true

    /// A decoder that validates every chunk, or passes those that are still the chunks detection `validated`.
    init(validated: ValidatedChunks = ValidatedChunks()) {
        self.validated = validated
    }

    /// Valid UTF-8 comes back in the chunk's own storage, cut short in place (no copy of the text): only a byte order
    /// mark at the start, or a character split across two chunks, moves bytes.
    mutating func decode(_ chunk: consuming [UInt8]) -> DecodedText {
        let known = matching && matchedChunks < validated.fingerprints.count
            && ValidatedChunks.fingerprint(chunk) == validated.fingerprints[matchedChunks]
        if known { matchedChunks += 1 } else { matching = false }
        var work: [UInt8]
        if carry.isEmpty {
            work = chunk
        } else {
            work = carry
            work.append(contentsOf: chunk)
        }
        let workOffset = carryOffset
        let complete = Self.completePrefixLength(work)
        carry = complete < work.count ? Array(work[complete...]) : []
        carryOffset = workOffset + complete

        var start = 0
        if atStreamStart && complete > 0 {
            atStreamStart = false
            if work.starts(with: Self.byteOrderMark) {
                sawByteOrderMark = true
                start = Self.byteOrderMark.count
            }
        }
        // A chunk detection validated, in the same state, holds no invalid byte.
        let invalid = known ? nil : work.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: $0[start..<complete])) }
        var fault: EncodingFault?
        var end = complete
        if let invalid {
            end = start + invalid
            fault = EncodingFault(encoding: .utf8, byteOffset: workOffset + end,
                                  bytes: Array(work[end..<min(end + 1, complete)]), truncated: false)
        }
        work.removeLast(work.count - end)
        if start > 0 { work.removeFirst(start) }
        return DecodedText(utf8: work, fault: fault)
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
