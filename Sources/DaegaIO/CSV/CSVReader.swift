import DaegaEngine

/// Reads CSV records one at a time from a file or from bytes in memory, in constant memory.
///
/// The reader is strict RFC 4180 (see ``CSVRecord`` for what a record holds): it never guesses at broken
/// quoting. Text is UTF-8 (a byte order mark is dropped), CP949 or UTF-16 with a byte order mark, transcoded 64 KiB
/// at a time; the delimiter (`,`, `;` or tab, or a `sep=` line) is decided from the first line (``CSVDelimiter``). It stops
/// at the first error, after handing out every record that came before it.
///
/// Error locations: syntax, limit and encoding errors carry the 1-based line and the 1-based character
/// column (counted in Unicode scalars) of the offending byte; an unterminated quote is placed where the
/// quote opened, a too-long field where the field starts, a too-long record at its first line.
public final class CSVReader {
    /// The file name used in error locations.
    public let path: String
    /// The encoding the text is read with.
    public let encoding: TextEncoding
    private var source: any ByteChunkSource
    private var decoder: any TextChunkDecoder
    private var parser: CSVParser
    /// The first decoded bytes, held until the first line is complete and the delimiter decided (then `nil`).
    private var start: [UInt8]? = []
    private let limits: CSVReaderLimits
    private var ready: [CSVRecord] = []
    private var readyIndex = 0
    private var pendingError: DaegaError?
    private var reachedEnd = false

    /// Opens a CSV file for reading, detecting its encoding unless one is given. A pipe, FIFO or device (`<(cat …)`,
    /// `/dev/stdin`) is streamed: its encoding is judged by its first bytes (``TextEncoding/detect(fileAt:)``).
    /// - Parameters:
    ///   - path: the file to read.
    ///   - encoding: the encoding to use, or `nil` to detect it with ``TextEncoding/detect(fileAt:)``.
    ///   - limits: the largest field and record accepted.
    /// - Throws: `fileNotFound`, `fileUnreadable`, or `invalidEncoding` when detection fails.
    public convenience init(contentsOf path: String, encoding: TextEncoding? = nil,
                            limits: CSVReaderLimits = .standard) throws(DaegaError) {
        let file = try FileChunkSource(path: path)
        var validated = ValidatedChunks()
        guard !file.isRegularFile else {
            var source = file
            let chosen = if let encoding { encoding } else { try TextEncoding.detect(in: &source, validated: &validated) }
            self.init(source: source, encoding: chosen, limits: limits, validated: validated)
            return
        }
        var source = try StreamChunkSource(file)
        let chosen = if let encoding { encoding } else { try TextEncoding.detect(in: &source, validated: &validated) }
        source.finishDetection()
        self.init(source: source, encoding: chosen, limits: limits, validated: validated)
    }

    /// Reads CSV from bytes in memory, detecting their encoding unless one is given.
    /// - Parameters:
    ///   - bytes: the whole text, encoded.
    ///   - path: the name to use in error locations.
    ///   - encoding: the encoding to use, or `nil` to detect it.
    ///   - limits: the largest field and record accepted.
    ///   - chunkSize: how many bytes to decode at a time (small values exercise chunk boundaries).
    /// - Throws: `invalidEncoding` when detection fails.
    public convenience init(bytes: [UInt8], path: String = "<memory>", encoding: TextEncoding? = nil,
                            limits: CSVReaderLimits = .standard,
                            chunkSize: Int = 64 * 1024) throws(DaegaError) {
        var source = MemoryChunkSource(bytes: bytes, path: path, chunkSize: chunkSize)
        var validated = ValidatedChunks()
        let chosen = if let encoding { encoding } else { try TextEncoding.detect(in: &source, validated: &validated) }
        self.init(source: source, encoding: chosen, limits: limits, validated: validated)
    }

    /// - Parameter validated: the chunks detection found valid UTF-8 (none when the encoding was given).
    private init(source: any ByteChunkSource, encoding: TextEncoding, limits: CSVReaderLimits, validated: ValidatedChunks) {
        self.source = source
        self.path = source.path
        self.encoding = encoding
        self.decoder = encoding == .utf8 ? UTF8ChunkDecoder(validated: validated) : encoding.makeDecoder()
        self.limits = limits
        self.parser = CSVParser(path: source.path, limits: limits)
    }

    /// The next record, or `nil` after the last one.
    /// - Returns: the next record with the line it starts on.
    /// - Throws: `csvSyntax` for broken quoting, a NUL byte or a limit; `invalidEncoding` for a byte the
    ///   encoding cannot read; `fileUnreadable` when reading fails. After an error the reader returns `nil`.
    public func next() throws(DaegaError) -> CSVRecord? {
        while true {
            if readyIndex < ready.count {
                defer { readyIndex += 1 }
                return ready[readyIndex]
            }
            if let error = pendingError {
                pendingError = nil
                throw error
            }
            if reachedEnd { return nil }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            readMore()
        }
    }

    /// Every remaining record, for inputs known to be small.
    /// - Returns: the records in order.
    /// - Throws: the first error ``next()`` would throw.
    public func readAll() throws(DaegaError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        while let record = try next() { records.append(record) }
        return records
    }

    /// Decodes and parses one more chunk (or the end of the input) into `ready`.
    private func readMore() {
        let decoded: DecodedText, atEnd: Bool
        do {
            // The chunk goes to the decoder without another reference to it, so valid UTF-8 comes back in its storage.
            if let chunk = try source.nextChunk() {
                (decoded, atEnd) = (decoder.decode(chunk), false)
            } else {
                (decoded, atEnd) = (decoder.finish(), true)
            }
        } catch {
            stop(error)
            return
        }
        if var held = start {
            held += decoded.utf8
            guard CSVDelimiter.hasFirstLine(held) || atEnd || decoded.fault != nil || held.count >= 1 << 20 else {
                start = held
                return
            }
            // A second byte order mark (a tool added one to a file that had one) is not part of the header.
            while held.starts(with: UTF8ChunkDecoder.byteOrderMark) { held.removeFirst(UTF8ChunkDecoder.byteOrderMark.count) }
            let delimiter = CSVDelimiter.detect(in: held)
            parser = CSVParser(path: path, limits: limits, delimiter: delimiter.byte, firstLine: delimiter.skippedBytes > 0 ? 2 : 1)
            start = nil
            parser.parse(Array(held[delimiter.skippedBytes...]), into: &ready)
        } else {
            parser.parse(decoded.utf8, into: &ready)
        }
        if let failure = parser.failure {
            stop(failure)
        } else if let fault = decoded.fault {
            stop(fault.error(path: path, at: parser.position))
        } else if atEnd {
            parser.finish(into: &ready)
            reachedEnd = true
            if let failure = parser.failure { stop(failure) }
        }
    }

    private func stop(_ error: DaegaError) {
        pendingError = error
        reachedEnd = true
    }
}
