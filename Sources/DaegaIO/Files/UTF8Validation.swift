/// Finds where UTF-8 text stops being valid, by the RFC 3629 table (no overlong forms, no surrogates, nothing past
/// U+10FFFF), skipping runs of ASCII eight bytes at a time: most of a CSV file is ASCII digits and commas.
enum UTF8Validation {
    /// The offset of the first byte that does not begin a valid sequence, or `nil` when all of `bytes` is valid.
    /// A sequence cut off by the end of `bytes` counts as invalid.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var offset = 0
        while offset < count {
            if offset + 8 <= count {
                // Eight ASCII bytes are passed at once; otherwise straight to the first byte that is not ASCII.
                let high = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) & 0x8080_8080_8080_8080
                if high == 0 {
                    offset += 8
                    continue
                }
                offset += high.trailingZeroBitCount >> 3
            }
            // Three-byte characters (Hangul syllables among them) one after another, each read in one 32-bit load while
            // a byte follows it: lead E0…EF and two continuation bytes, the second byte A0…BF after E0 (no overlong
            // form) and 80…9F after ED (no surrogate), that is bit 5 of the second byte set exactly after E0.
            let run = offset
            while offset + 4 <= count {
                let word = UInt32(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self))
                guard word & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                let nibble = word & 0x0F
                guard nibble != 0x0 && nibble != 0xD || (nibble == 0x0) == (word & 0x2000 != 0) else { break }
                offset += 3
            }
            if offset != run { continue }
            let lead = bytes[offset]
            if lead < 0x80 {
                offset += 1
                continue
            }
            guard let length = sequenceLength(bytes, at: offset, lead: lead) else { return offset }
            offset += length
        }
        return nil
    }

    /// The length of the valid multi-byte sequence starting with `lead` at `offset`, or `nil`.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, lead: UInt8) -> Int? {
        // The range the second byte must fall in narrows for the leads that could start an overlong form, a
        // surrogate or a code point past U+10FFFF; every later byte is 0x80…0xBF.
        let length: Int, second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return nil
        }
        guard offset + length <= bytes.count, second.contains(bytes[offset + 1]) else { return nil }
        for index in offset + 2 ..< offset + length where bytes[index] & 0xC0 != 0x80 { return nil }
        return length
    }
}
