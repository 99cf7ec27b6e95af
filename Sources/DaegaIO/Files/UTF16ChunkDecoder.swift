/// Decodes UTF-16 (Excel's "유니코드 텍스트") chunk by chunk into UTF-8, dropping the byte order mark at the start;
/// an unpaired surrogate is a fault, never replaced.
struct UTF16ChunkDecoder: TextChunkDecoder {
    /// Whether code units are big-endian (`FE FF` files) rather than little-endian (`FF FE`).
    let bigEndian: Bool
    /// Bytes of a code unit or surrogate pair cut at the end of the last chunk.
    private var carry: [UInt8] = []
    /// The stream offset of `carry`'s first byte.
    private var carryOffset = 0
    private var atStreamStart = true

    /// A decoder for one byte order.
    init(bigEndian: Bool) {
        self.bigEndian = bigEndian
    }

    /// The encoding this decoder reads.
    var encoding: TextEncoding { bigEndian ? .utf16BigEndian : .utf16LittleEndian }

    mutating func decode(_ chunk: consuming [UInt8]) -> DecodedText {
        let work = carry.isEmpty ? chunk : carry + chunk
        let workOffset = carryOffset
        var utf8: [UInt8] = []
        utf8.reserveCapacity(work.count * 3 / 2)
        var index = 0
        while index + 1 < work.count {
            let unit = self.unit(work, at: index)
            if atStreamStart {
                atStreamStart = false
                if unit == 0xFEFF { index += 2; continue }
            }
            let scalar: Unicode.Scalar
            if (0xD800..<0xDC00).contains(unit) {
                guard index + 3 < work.count else { break }
                let low = self.unit(work, at: index + 2)
                guard (0xDC00..<0xE000).contains(low) else { return fault(utf8, work, at: index, offset: workOffset) }
                scalar = Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00))!
                index += 4
            } else if let single = Unicode.Scalar(unit) {
                scalar = single
                index += 2
            } else {
                return fault(utf8, work, at: index, offset: workOffset)
            }
            utf8.append(contentsOf: UTF8.encode(scalar)!)
        }
        carry = Array(work[index...])
        carryOffset = workOffset + index
        return DecodedText(utf8: utf8, fault: nil)
    }

    mutating func finish() -> DecodedText {
        guard !carry.isEmpty else { return DecodedText(utf8: [], fault: nil) }
        return DecodedText(utf8: [], fault: EncodingFault(encoding: encoding, byteOffset: carryOffset,
                                                          bytes: Array(carry.prefix(2)), truncated: true))
    }

    /// The code unit at a byte position.
    private func unit(_ bytes: [UInt8], at index: Int) -> UInt16 {
        bigEndian ? UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]) : UInt16(bytes[index + 1]) << 8 | UInt16(bytes[index])
    }

    /// The text before an unpaired surrogate at `index`, and the fault.
    private mutating func fault(_ utf8: [UInt8], _ work: [UInt8], at index: Int, offset: Int) -> DecodedText {
        carry = []
        return DecodedText(utf8: utf8, fault: EncodingFault(encoding: encoding, byteOffset: offset + index,
                                                            bytes: Array(work[index..<index + 2]), truncated: false))
    }
}
