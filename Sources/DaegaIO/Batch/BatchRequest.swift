import DaegaEngine
import Foundation

/// What a batch run reads and writes, and under which rate books.
public struct BatchRequest: Sendable {
    /// The portfolio CSV (UTF-8 with or without BOM, or CP949; detected) or workbook (`.xlsx`, `.xlsm`).
    public var input: String
    /// The input's encoding when the user settled it (`--input-encoding`), else `nil` to detect it.
    public var inputEncoding: TextEncoding?
    /// The workbook sheet to read (the first when `nil`).
    public var sheet: String?
    /// The result CSV, written all or nothing.
    public var output: String
    /// The per-row error report, when wanted.
    public var errors: String?
    /// The encoding of the result CSV and the error report.
    public var encoding: CSVOutputEncoding
    /// The rate books and the reference day.
    public var selection: RateSelection
    /// Threads that check rows at the same time (1 checks on the calling thread only).
    public var workers: Int
    /// The most rows read, checked and written together.
    public var chunkRows: Int
    /// The cell bytes after which a chunk ends even with fewer than `chunkRows` rows: with the CSV reader's limits,
    /// this bounds the memory a batch holds at once by bytes, however wide its rows (see README, "Limits").
    public var chunkBytes: Int
    /// The most bytes all ids may take together (E440 past it); ``BatchIDSet/mostBytes`` unless a test sets less.
    public var idBytesLimit = BatchIDSet.mostBytes
    /// Whether a column daega does not read is an error (`--strict-columns`) rather than carried through.
    public var strictColumns: Bool
    /// Machine names (the default) or Korean words in the header and risk cells.
    public var labels: BatchOutputLabels
    /// When set, every row also gets a simulated range (`p50`, `p90`, `coverage_probability` columns).
    public var ranges: RangeSettings?

    /// Creates a request.
    /// - Parameters:
    ///   - input: the portfolio CSV.
    ///   - output: the result CSV.
    ///   - errors: the error report, or `nil`.
    ///   - encoding: the output encoding (UTF-8 with BOM by default).
    ///   - selection: the rate books and reference day.
    ///   - workers: threads checking rows (default: the active processor count).
    ///   - chunkRows: the most rows per chunk (default `defaultChunkRows`).
    ///   - chunkBytes: the cell bytes that end a chunk (default `defaultChunkBytes`).
    ///   - strictColumns: whether an unknown column is an error.
    ///   - inputEncoding: the input's encoding, or `nil` to detect it.
    ///   - sheet: the workbook sheet to read, when the input is a workbook.
    ///   - labels: machine names or Korean words in the header and risk cells.
    public init(input: String, output: String, errors: String? = nil, encoding: CSVOutputEncoding = .utf8WithBOM,
                selection: RateSelection, workers: Int = BatchRequest.defaultWorkers, chunkRows: Int = BatchRequest.defaultChunkRows,
                chunkBytes: Int = BatchRequest.defaultChunkBytes, strictColumns: Bool = false, inputEncoding: TextEncoding? = nil,
                sheet: String? = nil, labels: BatchOutputLabels = .machine) {
        self.input = input
        self.output = output
        self.errors = errors
        self.encoding = encoding
        self.selection = selection
        self.workers = max(1, workers)
        self.chunkRows = max(1, chunkRows)
        self.chunkBytes = max(1, chunkBytes)
        self.strictColumns = strictColumns
        self.inputEncoding = inputEncoding
        self.sheet = sheet
        self.labels = labels
    }

    /// One worker per active processor.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Rows read and checked together by default: larger chunks measured no faster (see docs/performance.md).
    public static let defaultChunkRows = 1024

    /// Cell bytes that end a chunk by default: 256 KiB, above 1,024 rows of an ordinary portfolio (about 200 bytes a
    /// row), so only wide rows make chunks shorter.
    public static let defaultChunkBytes = 256 << 10
}
