/// Turns a stream of encoded chunks into valid UTF-8, keeping a character split across two chunks whole.
protocol TextChunkDecoder {
    /// Decodes the next chunk; a character cut at its end is kept for the next call. The chunk is taken, so that a
    /// decoder with nothing to change in it (valid UTF-8) hands back its storage rather than a copy.
    mutating func decode(_ chunk: consuming [UInt8]) -> DecodedText

    /// Reports a character left incomplete at the end of the stream.
    mutating func finish() -> DecodedText
}

extension TextEncoding {
    /// A fresh decoder for this encoding.
    func makeDecoder() -> any TextChunkDecoder {
        switch self {
        case .utf8: UTF8ChunkDecoder()
        case .cp949: CP949ChunkDecoder()
        case .utf16LittleEndian: UTF16ChunkDecoder(bigEndian: false)
        case .utf16BigEndian: UTF16ChunkDecoder(bigEndian: true)
        }
    }
}
