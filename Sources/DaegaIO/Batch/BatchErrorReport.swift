import DaegaEngine

/// The per-row error report of a batch (`--errors FILE`): one CSV record per failed row with its line, column
/// (a workbook's row and column number),
/// code, message, what was expected, and the row's id.
public struct BatchErrorReport {
    /// The report's header.
    public static let columns = ["line", "column", "code", "message", "expected", "id"]

    private var writer: CSVWriter

    /// Starts a report on `sink`, writing the header. In CP949 a character it cannot hold (quoted from a cell in a
    /// message, or in an id) is written as `?`: the output's own row says which character it was.
    /// - Throws: `outputFailed` when the sink cannot be written.
    public init(sink: any ByteSink, encoding: CSVOutputEncoding) throws(DaegaError) {
        writer = try CSVWriter(sink: sink, encoding: encoding, substitutesUnencodable: true)
        try writer.write(Self.columns.map(CSVCell.text))
    }

    /// Adds a failed row.
    /// - Parameters:
    ///   - error: the row's error, placed at its cell.
    ///   - id: the row's id.
    /// - Throws: `outputFailed` when the record cannot be written.
    public mutating func add(_ error: DaegaError, id: String) throws(DaegaError) {
        var line: Int?, column: Int?
        switch error.location {
        case let .file(_, errorLine, errorColumn)?: (line, column) = (errorLine, errorColumn)
        case let .cell(_, _, reference)?: (line, column) = (reference.row, reference.column)
        default: break
        }
        try writer.write([
            line.map { .number(ExactDecimal(Int64($0))) } ?? .text(""), column.map { .number(ExactDecimal(Int64($0))) } ?? .text(""),
            .text(error.code.rawValue), .text(error.message), .text(error.expected ?? ""), .text(id),
        ])
    }
}
