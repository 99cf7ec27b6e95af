/// How job names are compared: white space, ASCII letter case and the separators `/`, `·`, `-`, `_` do not
/// matter, so "IT PM", "ITPM" and "it pm" name the same job.
public enum JobName {
    /// The comparison key of a name.
    public static func key(_ name: String) -> String {
        String(decoding: keyBytes(name), as: UTF8.self)
    }

    /// The UTF-8 bytes of ``key(_:)``, as written (not normalised): equal bytes mean equal keys, while keys that are
    /// only canonically equivalent (one of them decomposed) have different bytes.
    public static func keyBytes(_ name: String) -> [UInt8] {
        withKeyBytes(of: name) { Array($0) }
    }

    /// Calls `body` with the bytes of ``keyBytes(_:)`` in temporary storage: read from the name's bytes, without
    /// building a `String` or an array (the hot path of a batch row's staffing lines).
    static func withKeyBytes<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        name.withUTF8Buffer { withKeyBytes(utf8: $0, body) }
    }

    /// Calls `body` with the bytes of ``keyBytes(_:)`` of a name given as UTF-8 bytes (a batch cell's), in temporary storage.
    static func withKeyBytes<Result>(utf8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { key in
            var count = 0
            func append(_ byte: UInt8) {
                key[count] = byte
                count += 1
            }
            var start = 0
            while start < bytes.count {
                let lead = bytes[start]
                if lead < 0x80 {
                    // The separators `/ - _`; the fourth, `·`, is the two-byte case below.
                    start += 1
                    if Unicode.Scalar.isWhiteSpace(UInt32(lead)) { continue }
                    switch lead {
                    case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"): continue
                    case 0x41...0x5A: append(lead + 0x20)
                    default: append(lead)
                    }
                    continue
                }
                let end = min(start + scalarLength(lead: lead), bytes.count)
                defer { start = end }
                let isMiddleDot = lead == 0xC2 && end - start == 2 && bytes[start + 1] == 0xB7
                if isMiddleDot || bytes.whiteSpaceLength(at: start, before: bytes.count) != nil { continue }
                for byte in bytes[start..<end] { append(byte) }
            }
            return body(UnsafeBufferPointer(rebasing: key[..<count]))
        }
    }

    /// The length of the UTF-8 sequence a non-ASCII lead byte starts.
    private static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }
}
