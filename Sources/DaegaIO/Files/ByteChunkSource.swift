import DaegaEngine

/// A stream of bytes read in chunks that can be read again from the start (encoding detection reads twice).
protocol ByteChunkSource {
    /// The file name used in error locations.
    var path: String { get }

    /// The next non-empty chunk, or `nil` at the end.
    mutating func nextChunk() throws(DaegaError) -> [UInt8]?

    /// Goes back to the first byte.
    mutating func rewind() throws(DaegaError)

    /// Whether the source ends before the text does: a window on the start of an endless or very long stream
    /// (``StreamChunkSource``), where a character cut at the end is not a fault.
    var endsBeforeText: Bool { get }
}

extension ByteChunkSource {
    /// A file or bytes in memory hold the whole text.
    var endsBeforeText: Bool { false }
}
