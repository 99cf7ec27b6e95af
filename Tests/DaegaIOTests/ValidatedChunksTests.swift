@testable import DaegaIO
import Testing

/// A decoder given the chunks detection validated passes those chunks unvalidated and validates the rest: a chunk that
/// changed since detection, and every chunk after it, is still checked byte by byte.
@Suite struct ValidatedChunksTests {
    /// Valid UTF-8 in three chunks, the second cutting a Hangul syllable in two.
    static let chunks: [[UInt8]] = [Array("id,사".utf8) + [0xEC], [0x97, 0x85] + Array("명\n".utf8), Array("1,가\n".utf8)]

    /// The fingerprints detection would record for `chunks`.
    static func detected(_ chunks: [[UInt8]]) -> ValidatedChunks {
        var validated = ValidatedChunks()
        for chunk in chunks { validated.append(fingerprint: ValidatedChunks.fingerprint(chunk)) }
        return validated
    }

    /// Every chunk's text and fault, then the end's.
    static func decode(_ chunks: [[UInt8]], with decoder: UTF8ChunkDecoder) -> [DecodedText] {
        var decoder = decoder
        return chunks.map { decoder.decode($0) } + [decoder.finish()]
    }

    @Test func theSameChunksDecodeAsWithoutFingerprints() {
        let trusted = Self.decode(Self.chunks, with: UTF8ChunkDecoder(validated: Self.detected(Self.chunks)))
        let checked = Self.decode(Self.chunks, with: UTF8ChunkDecoder())
        #expect(trusted.map(\.utf8) == checked.map(\.utf8))
        #expect(trusted.map(\.fault) == checked.map(\.fault))
        #expect(trusted.flatMap(\.utf8) == Array("id,사업명\n1,가\n".utf8))
    }

    @Test func aChunkChangedSinceDetectionIsValidated() {
        var changed = Self.chunks
        changed[1][3] = 0xFF
        let decoded = Self.decode(changed, with: UTF8ChunkDecoder(validated: Self.detected(Self.chunks)))
        // 업 (EC 97 85, its lead carried from the first chunk) is read; 명's lead EB is followed by FF.
        #expect(decoded[1].fault == EncodingFault(encoding: .utf8, byteOffset: 9, bytes: [0xEB], truncated: false))
    }

    @Test func aChunkAfterAChangedOneIsValidatedThoughItMatches() {
        // The first chunk now ends with a lead byte whose continuation the (unchanged) second chunk does not give.
        var changed = Self.chunks
        changed[0][changed[0].count - 1] = 0xF0
        let decoded = Self.decode(changed, with: UTF8ChunkDecoder(validated: Self.detected(Self.chunks)))
        #expect(decoded[1].fault == EncodingFault(encoding: .utf8, byteOffset: 6, bytes: [0xF0], truncated: false))
    }

    @Test func fingerprintsTellApartChunksThatDifferInOneByteOrInLength() {
        let chunk = [UInt8](repeating: 0x41, count: 100)
        var fingerprints: Set<UInt64> = [ValidatedChunks.fingerprint(chunk), ValidatedChunks.fingerprint(Array(chunk.dropLast()))]
        for index in chunk.indices {
            var changed = chunk
            changed[index] = 0x42
            fingerprints.insert(ValidatedChunks.fingerprint(changed))
        }
        #expect(fingerprints.count == chunk.count + 2)
    }

    @Test func detectionRecordsEveryChunkOfValidUTF8AndNoneOfCP949() throws {
        var utf8 = MemoryChunkSource(bytes: Self.chunks.flatMap { $0 }, path: "a.csv", chunkSize: 4)
        var validated = ValidatedChunks()
        #expect(try TextEncoding.detect(in: &utf8, validated: &validated) == .utf8)
        #expect(validated.fingerprints.count == 5)
        var korean = MemoryChunkSource(bytes: cp949("사업명,똠\n"), path: "b.csv", chunkSize: 4)
        var none = ValidatedChunks()
        #expect(try TextEncoding.detect(in: &korean, validated: &none) == .cp949)
        #expect(none.fingerprints.isEmpty)
    }
}
