import DaegaEngine

extension TextEncoding {
    /// Detects how the file at `path` is encoded, reading it in 64 KiB chunks (constant memory).
    ///
    /// The rule: a UTF-16 byte order mark (`FF FE` or `FE FF`) means UTF-16 in that byte order; a UTF-8 byte order mark
    /// or valid UTF-8 throughout means UTF-8; otherwise valid CP949
    /// throughout means CP949; otherwise the file is rejected. The whole of a regular file is checked, so a file that
    /// starts as valid UTF-8 and turns invalid later is never read with replacement characters. A pipe, FIFO or device
    /// is judged by its first ``StreamChunkSource/windowBytes`` (it may never end); a bad byte after them is an error
    /// when reading reaches it.
    /// - Parameter path: the file to inspect.
    /// - Returns: the encoding to read the file with.
    /// - Throws: `fileNotFound`, `fileUnreadable`, or `invalidEncoding` at the line and character column
    ///   of the first bad byte (the message also gives its 0-based byte offset).
    public static func detect(fileAt path: String) throws(DaegaError) -> TextEncoding {
        let file = try FileChunkSource(path: path)
        if file.isRegularFile {
            var source = file
            return try detect(in: &source)
        }
        var source = try StreamChunkSource(file)
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
        var validated = ValidatedChunks()
        return try detect(in: &source, validated: &validated)
    }

    /// Detects the encoding of `source` and leaves it rewound to its start; for UTF-8, `validated` receives the chunks
    /// found valid, which the reader's decoder then need not validate again.
    static func detect(in source: inout some ByteChunkSource, validated: inout ValidatedChunks) throws(DaegaError) -> TextEncoding {
        try source.rewind()
        var start: [UInt8] = []
        // Two bytes decide a UTF-16 byte order mark, whatever the chunk size (a found fuzz case).
        while start.count < 2, let chunk = try source.nextChunk() { start += chunk }
        try source.rewind()
        if start.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if start.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        var utf8 = UTF8ChunkDecoder()
        var recorded: ValidatedChunks? = ValidatedChunks(), unrecorded: ValidatedChunks?
        let (utf8Fault, utf8Wide, _) = try scan(&source, decoder: &utf8, validated: &recorded)
        if let utf8Fault, utf8.sawByteOrderMark {
            throw try locate(utf8Fault, in: &source, prefix: "UTF-8 BOM이 있는 파일에 ")
        }
        var cp949 = CP949ChunkDecoder()
        guard let utf8Fault else {
            // CP949 text can happen to be valid UTF-8 (syllables such as 창·책·철 are C2–C8 A1–BF, a valid two-byte
            // UTF-8 sequence) and would then read as Latin letters. The evidence that decides: a UTF-8 reading with
            // no character past U+07FF (no Hangul, no CJK, no symbols) whose CP949 reading has Hangul. A BOM
            // settles it for UTF-8, and `--input-encoding` overrides it.
            if !utf8.sawByteOrderMark, !utf8Wide {
                let (cp949Fault, _, cp949Hangul) = try scan(&source, decoder: &cp949, validated: &unrecorded)
                if cp949Fault == nil && cp949Hangul { return .cp949 }
            }
            validated = recorded ?? ValidatedChunks()
            return .utf8
        }
        guard let cp949Fault = try scan(&source, decoder: &cp949, validated: &unrecorded).fault else { return .cp949 }
        // The encoding that read further is the likelier intent, so its fault is the useful one to show.
        let fault = utf8Fault.byteOffset >= cp949Fault.byteOffset ? utf8Fault : cp949Fault
        throw try locate(fault, in: &source, prefix: "UTF-8도 CP949도 아닙니다: ")
    }

    /// Runs `decoder` over the whole source and returns its first fault, whether it decoded a character past U+07FF
    /// (a UTF-8 lead byte of E0 or more) and whether one of the Hangul range (U+A000–U+DFFF, led by EA–ED) before
    /// it; the source is rewound after. Looking stops at the first Hangul character, so Korean text costs nothing.
    /// Each chunk read without a fault is noted in `validated` when it is not `nil`.
    private static func scan(_ source: inout some ByteChunkSource, decoder: inout some TextChunkDecoder,
                             validated: inout ValidatedChunks?)
        throws(DaegaError) -> (fault: EncodingFault?, wide: Bool, hangul: Bool) {
        try source.rewind()
        defer { try? source.rewind() }
        var wide = false, hangul = false
        while let chunk = try source.nextChunk() {
            let fingerprint = validated == nil ? 0 : ValidatedChunks.fingerprint(chunk)
            let decoded = decoder.decode(chunk)
            if decoded.fault == nil { validated?.append(fingerprint: fingerprint) }
            if !hangul {
                for byte in decoded.utf8 where byte >= 0xE0 {
                    wide = true
                    if byte &- 0xEA < 4 {
                        hangul = true
                        break
                    }
                }
            }
            if let fault = decoded.fault { return (fault, wide, hangul) }
        }
        // A window on a longer stream may end inside a character, which the stream completes.
        return (source.endsBeforeText ? nil : decoder.finish().fault, wide, hangul)
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
