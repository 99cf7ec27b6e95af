import DaegaEngine

extension TextEncoding {
    /// Detects how the file at `path` is encoded, reading it in 64 KiB chunks (constant memory).
    ///
    /// The rule: a UTF-8 byte order mark or valid UTF-8 throughout means UTF-8; otherwise valid CP949
    /// throughout means CP949; otherwise the file is rejected. The whole file is checked, so a file that
    /// starts as valid UTF-8 and turns invalid later is never read with replacement characters.
    /// - Parameter path: the file to inspect.
    /// - Returns: the encoding to read the file with.
    /// - Throws: `fileNotFound`, `fileUnreadable`, or `invalidEncoding` at the line and character column
    ///   of the first bad byte (the message also gives its 0-based byte offset).
    public static func detect(fileAt path: String) throws(DaegaError) -> TextEncoding {
        var source = try FileChunkSource(path: path)
        return try detect(in: &source)
    }

    /// Detects how `bytes` are encoded, with the same rule as ``detect(fileAt:)``.
    /// - Parameters:
    ///   - bytes: the whole text.
    ///   - path: the name to use in error locations.
    /// - Returns: the encoding to read the bytes with.
    /// - Throws: `invalidEncoding` at the line and character column of the first bad byte.
    public static func detect(bytes: [UInt8], path: String) throws(DaegaError) -> TextEncoding {
        var source = MemoryChunkSource(bytes: bytes, path: path, chunkSize: FileChunkSource.defaultChunkSize)
        return try detect(in: &source)
    }

    /// Detects the encoding of `source` and leaves it rewound to its start.
    static func detect(in source: inout some ByteChunkSource) throws(DaegaError) -> TextEncoding {
        var utf8 = UTF8ChunkDecoder()
        let utf8Fault = try firstFault(in: &source, decoder: &utf8)
        if let utf8Fault, utf8.sawByteOrderMark {
            throw try locate(utf8Fault, in: &source, prefix: "UTF-8 BOM이 있는 파일에 ")
        }
        guard let utf8Fault else { return .utf8 }

        var cp949 = CP949ChunkDecoder()
        guard let cp949Fault = try firstFault(in: &source, decoder: &cp949) else { return .cp949 }
        // The encoding that read further is the likelier intent, so its fault is the useful one to show.
        let fault = utf8Fault.byteOffset >= cp949Fault.byteOffset ? utf8Fault : cp949Fault
        throw try locate(fault, in: &source, prefix: "UTF-8도 CP949도 아닙니다: ")
    }

    /// Runs `decoder` over the whole source and returns its first fault; the source is rewound after.
    private static func firstFault(in source: inout some ByteChunkSource,
                                   decoder: inout some TextChunkDecoder) throws(DaegaError) -> EncodingFault? {
        try source.rewind()
        defer { try? source.rewind() }
        while let chunk = try source.nextChunk() {
            if let fault = decoder.decode(chunk).fault { return fault }
        }
        return decoder.finish().fault
    }

    /// The error for `fault`, with the line and column found by decoding the text before it again.
    private static func locate(_ fault: EncodingFault, in source: inout some ByteChunkSource,
                               prefix: String) throws(DaegaError) -> DaegaError {
        try source.rewind()
        var decoder = fault.encoding.makeDecoder()
        var position = TextPositionTracker()
        while let chunk = try source.nextChunk() {
            let decoded = decoder.decode(chunk)
            position.advance(over: decoded.utf8)
            if decoded.fault != nil { break }
        }
        return fault.error(path: source.path, at: position, prefix: prefix)
    }
}
