import Foundation

/// Transcodes CP949 to UTF-8 chunk by chunk with Foundation, never splitting a two-byte character
/// (lead bytes are 0x81–0xFE) and rejecting the single bytes 0x80 and 0xFF that Excel never writes.
struct CP949ChunkDecoder: TextChunkDecoder {
    private var carry: [UInt8] = []
    private var carryOffset = 0

    mutating func decode(_ chunk: consuming [UInt8]) -> DecodedText {
        let work = carry.isEmpty ? chunk : carry + chunk
        let workOffset = carryOffset
        let (complete, badByte) = Self.scan(work)
        carry = badByte == nil ? Array(work[complete...]) : []
        carryOffset = workOffset + complete

        if badByte == nil, let text = Self.transcode(work[..<complete]) {
            return DecodedText(utf8: text, fault: nil)
        }
        let badIndex = Self.firstUndecodableIndex(work[..<complete]) ?? complete
        let badLength = badIndex == badByte ? 1 : 2
        return DecodedText(
            utf8: Self.transcode(work[..<badIndex]) ?? [],
            fault: EncodingFault(encoding: .cp949, byteOffset: workOffset + badIndex,
                                 bytes: Array(work[badIndex..<min(badIndex + badLength, work.count)]), truncated: false))
    }

    mutating func finish() -> DecodedText {
        guard !carry.isEmpty else { return DecodedText(utf8: [], fault: nil) }
        return DecodedText(utf8: [], fault: EncodingFault(encoding: .cp949, byteOffset: carryOffset,
                                                          bytes: carry, truncated: true))
    }

    /// Walks characters from the start: returns where the last whole character ends, and the index of
    /// a byte that can never start a character (0x80, 0xFF), which ends the walk.
    private static func scan(_ bytes: [UInt8]) -> (complete: Int, badByte: Int?) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0x80 || byte == 0xFF {
                return (index, index)
            } else if index + 1 < bytes.count {
                index += 2
            } else {
                break
            }
        }
        return (index, nil)
    }

    /// The first character Foundation cannot decode, decoding one character at a time (error path only).
    private static func firstUndecodableIndex(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = bytes[index] < 0x80 ? 1 : 2
            guard index + length <= bytes.endIndex, transcode(bytes[index..<index + length]) != nil else {
                return index
            }
            index += length
        }
        return nil
    }

    private static func transcode(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        return String(bytes: bytes, encoding: TextEncoding.foundationCP949).map { Array($0.utf8) }
    }
}
