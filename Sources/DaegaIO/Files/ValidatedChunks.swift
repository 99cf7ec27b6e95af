/// The chunks encoding detection read and found valid UTF-8, by fingerprint, in the order they came: reading the same
/// source again from its start, a ``UTF8ChunkDecoder`` passes each chunk that is still the same without validating it
/// a second time. Validating costs several instructions per byte of Korean text; a fingerprint less than one.
///
/// A chunk is trusted only while every chunk before it matched too, so the decoder is in the state detection's was in
/// (the same character carried over from the chunk before). A file changed between the two readings is validated
/// from its first changed chunk on, as if there were no fingerprints (unless a changed chunk happens to give the same
/// 64-bit fingerprint: a chance of about 2⁻⁶⁴ per changed chunk, and only for a file rewritten during the run). Eight
/// bytes are kept per chunk read (chunks of 64 KiB): 1 GiB of text takes 128 KiB.
struct ValidatedChunks: Sendable {
    /// The fingerprints of the chunks, in order.
    private(set) var fingerprints: [UInt64] = []

    /// Notes the next chunk, which detection found valid, by its ``fingerprint(_:)``.
    mutating func append(fingerprint: UInt64) {
        fingerprints.append(fingerprint)
    }

    /// A 64-bit fingerprint of `bytes`, eight bytes at a time on two lanes: each step `(lane ^ word) × odd` is one to
    /// one in the lane, so two chunks of the same length that differ in one word only always differ in their
    /// fingerprints.
    static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var first: UInt64 = 0x9E37_79B9_7F4A_7C15, second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
            var offset = 0
            while offset + 16 <= count {
                first = (first ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                second = (second ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
                offset += 16
            }
            while offset < count {
                first = (first ^ UInt64(raw[offset])) &* 0xFF51_AFD7_ED55_8CCD
                offset += 1
            }
            return (first ^ (second >> 29) ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15 ^ second
        }
    }
}
