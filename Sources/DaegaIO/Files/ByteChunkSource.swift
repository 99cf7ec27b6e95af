import DaegaEngine

/// A stream of bytes read in chunks that can be read again from the start (encoding detection reads twice).
protocol ByteChunkSource {
    /// The file name used in error locations.
    var path: String { get }

    /// The next non-empty chunk, or `nil` at the end.
    mutating func nextChunk() throws(DaegaError) -> [UInt8]?

    /// Goes back to the first byte.
    mutating func rewind() throws(DaegaError)
}
