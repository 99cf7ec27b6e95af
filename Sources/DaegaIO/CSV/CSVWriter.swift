import DaegaEngine

/// Writes CSV records to a sink: fields quoted only when needed, CRLF line ends as Excel writes them,
/// UTF-8 with a byte order mark or CP949 (the bytes of each record come from ``CSVRecordEncoder``).
///
/// An empty record is written as an empty line, which reads back as one empty field.
/// Error locations give the line where the record starts and the 1-based field number as the column.
public struct CSVWriter {
    /// How records become bytes.
    public let encoder: CSVRecordEncoder
    private let sink: any ByteSink
    private var recordNumber = 0
    private var line = 1

    /// Starts a CSV output, writing the byte order mark when the encoding has one.
    /// - Parameters:
    ///   - sink: where the bytes go.
    ///   - encoding: UTF-8 with a byte order mark (default), UTF-8, or CP949.
    ///   - neutralizesFormulas: whether text cells that look like formulas get a leading `'` (default on).
    ///   - substitutesUnencodable: whether characters CP949 cannot hold are written as `?` (default off: an error).
    /// - Throws: `outputFailed` when the sink cannot be written.
    public init(sink: any ByteSink, encoding: CSVOutputEncoding = .utf8WithBOM,
                neutralizesFormulas: Bool = true, substitutesUnencodable: Bool = false) throws(DaegaError) {
        self.sink = sink
        encoder = CSVRecordEncoder(encoding: encoding, neutralizesFormulas: neutralizesFormulas,
                                   substitutesUnencodable: substitutesUnencodable)
        if encoding == .utf8WithBOM { try sink.write([0xEF, 0xBB, 0xBF]) }
    }

    /// The encoding written.
    public var encoding: CSVOutputEncoding { encoder.encoding }

    /// Writes one record, ended by CRLF; nothing of it is written when one of its cells fails.
    /// - Parameter record: the cells in order.
    /// - Throws: `invalidEncoding` for a character CP949 cannot hold, `outputFailed` for a NUL character
    ///   or when the sink cannot be written.
    public mutating func write(_ record: [CSVCell]) throws(DaegaError) {
        try write(Result { () throws(CSVRecordEncoder.CellFailure) in try encoder.encode(record) })
    }

    /// Writes a record encoded elsewhere (by this writer's ``encoder``), or fails with its cell's error placed at
    /// this record's line.
    /// - Throws: the cell failure as `DaegaError`, or `outputFailed` when the sink cannot be written.
    public mutating func write(_ encoded: Result<CSVRecordEncoder.Encoded, CSVRecordEncoder.CellFailure>) throws(DaegaError) {
        try count(encoded.map(\.lineBreaksInFields))
        if case let .success(record) = encoded { try sink.write(record.bytes) }
    }

    /// Counts a record whose bytes are written later, with others, by ``write(encodedBytes:)``: the line breaks inside
    /// its quoted fields, or the cell that cannot be written.
    /// - Throws: `DaegaError` naming the record and the cell that cannot be written.
    mutating func count(_ encoded: Result<Int, CSVRecordEncoder.CellFailure>) throws(DaegaError) {
        recordNumber += 1
        switch encoded {
        case let .success(lineBreaks):
            line += lineBreaks + 1
        case let .failure(cell):
            throw DaegaError(cell.code, at: .file(path: sink.path, line: line, column: cell.fieldNumber),
                             "\(recordNumber)번째 행 \(cell.fieldNumber)번째 열: \(cell.message)", expected: cell.expected)
        }
    }

    /// Writes encoded records, counted already by ``count(_:)``.
    mutating func write(encodedBytes bytes: [UInt8]) throws(DaegaError) { try sink.write(bytes) }
}
