import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation

/// Runs batches on CSV text in a temporary directory and reads their outputs back.
struct BatchHarness {
    /// The reference day every batch test uses.
    static let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 3, day: 1)!)

    let directory: TemporaryDirectory

    init() throws { directory = try TemporaryDirectory() }

    /// A finished run: its summary and the output and error records (header first).
    struct Run {
        var summary: BatchSummary
        var output: [[String]]
        var errors: [[String]]

        /// The output cell of `column` in data row `row` (0-based).
        func cell(_ column: String, row: Int = 0) -> String {
            output[row + 1][output[0].firstIndex(of: column)!]
        }
    }

    /// Runs a batch on `bytes` written as `name`.
    func run(_ bytes: [UInt8], name: String = "in.csv", encoding: CSVOutputEncoding = .utf8WithBOM,
             workers: Int = 2, chunkRows: Int = 1024) throws -> Run {
        let input = try directory.write(bytes, to: name)
        let request = BatchRequest(input: input, output: directory.file("out.csv"), errors: directory.file("errors.csv"),
                                   encoding: encoding, selection: Self.selection, workers: workers, chunkRows: chunkRows)
        let summary = try BatchRunner.run(request)
        return Run(summary: summary, output: try Self.records(directory.file("out.csv")), errors: try Self.records(directory.file("errors.csv")))
    }

    /// Runs a batch on UTF-8 text.
    func run(_ text: String, workers: Int = 2, chunkRows: Int = 1024) throws -> Run {
        try run(Array(text.utf8), workers: workers, chunkRows: chunkRows)
    }

    /// Every record of a CSV file, encoding detected.
    static func records(_ path: String) throws -> [[String]] {
        try CSVReader(contentsOf: path).readAll().map(\.fields)
    }
}
