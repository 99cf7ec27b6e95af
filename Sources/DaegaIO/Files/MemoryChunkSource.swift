import DaegaEngine

/// Bytes already in memory, handed out in chunks of a chosen size (small sizes exercise chunk boundaries).
struct MemoryChunkSource: ByteChunkSource {
    let path: String
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var offset = 0

    init(bytes: [UInt8], path: String, chunkSize: Int) {
        precondition(chunkSize > 0, "chunk size must be positive")
        self.bytes = bytes
        self.path = path
        self.chunkSize = chunkSize
    }

    mutating func nextChunk() throws(DaegaError) -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(offset + chunkSize, bytes.count)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }

    mutating func rewind() throws(DaegaError) { offset = 0 }
}
