import DaegaEngine

/// What the writing thread needs of one row once a worker has read and checked it: the output record already
/// encoded, the figures for the summary or the error, and — only when a row handler wants them — the row, its inputs
/// and its check.
///
/// The worker drops everything else before handing the outcome over, so the writing thread never releases values
/// that point into the worker's rate books (two threads releasing the same objects made two threads slower than one).
struct BatchRowOutcome: Sendable {
    /// The row's `id` cell.
    var id: String
    /// The summary's figures, or why the row failed.
    var checked: Result<BatchSummary.CheckedProject, DaegaError>
    /// The output row: encoded as CSV by the worker, or kept as cells for a workbook.
    var output: Output
    /// The row, its inputs and its check, kept for a row handler.
    /// Not `?`: on a type holding references, its implicit `nil` default makes Swift 6.3 copy the whole value per init.
    var kept: Optional<Kept>

    /// A row of output as the result destination wants it.
    enum Output: Sendable {
        /// The CSV record's bytes, or the cell that cannot be written.
        case encoded(Result<CSVRecordEncoder.Encoded, CSVRecordEncoder.CellFailure>)
        /// The row's cells, for a workbook.
        case cells(BatchOutputRow)
    }

    /// What a row handler is given, held by reference so that an outcome without it stays small to move.
    final class Kept: Sendable {
        let row: BatchRow
        let inputs: ProjectInputs
        let result: ProjectCheckResult

        init(row: BatchRow, inputs: ProjectInputs, result: ProjectCheckResult) {
            self.row = row
            self.inputs = inputs
            self.result = result
        }
    }

    /// Reads and checks one record through `ProjectCheckPlan`.
    /// - Parameters:
    ///   - record: the data record.
    ///   - duplicate: whether an earlier row already used its id.
    ///   - parser: the file's row parser.
    ///   - selection: the rate books and reference day.
    ///   - narration: whether the check keeps its trace and sentences.
    ///   - encoder: the output file's record encoder, or `nil` to keep the row's cells.
    ///   - labels: machine or Korean words in the result cells.
    ///   - keepsRow: whether to keep the row, inputs and check for a row handler.
    init(_ record: borrowing CSVRecord, duplicate: Bool, parser: BatchRowParser, selection: RateSelection, narration: Narration,
         encoder: CSVRecordEncoder?, labels: BatchOutputLabels, keepsRow: Bool, ranges: RangeSettings? = nil) {
        let row = parser.row(record, duplicate: duplicate)
        id = row.id
        let error: DaegaError
        switch row.inputs {
        case let .success(inputs):
            do {
                let check = try ProjectCheckPlan.run(inputs, selection: selection, narration: narration)
                checked = .success(BatchSummary.CheckedProject(row, name: inputs.name, result: check))
                if let ranges {
                    // The simulation varies a development scope; a maintenance tender's range cells stay blank.
                    let range = check.check.coverage.properCost.method == .maintenance
                        ? nil : try RangeColumns.simulate(inputs, check: check, settings: ranges, selection: selection)
                    output = Self.output(BatchOutputRow(row, result: check, range: range, labels: labels), with: encoder)
                } else {
                    output = Self.output(BatchOutputRow(row, result: check, labels: labels), with: encoder)
                }
                kept = keepsRow ? Kept(row: row, inputs: inputs, result: check) : nil
                return
            } catch let thrown {
                error = parser.place(DaegaError.unexpected(thrown), line: row.line)
            }
        case let .failure(unreadable):
            error = unreadable
        }
        checked = .failure(error)
        output = Self.output(BatchOutputRow(row, error: error, ranged: ranges != nil), with: encoder)
        kept = nil
    }

    private static func output(_ output: BatchOutputRow, with encoder: CSVRecordEncoder?) -> Output {
        guard let encoder else { return .cells(output) }
        return .encoded(Result { () throws(CSVRecordEncoder.CellFailure) in try encoder.encode(output.inputCells, then: output.resultCells) })
    }
}
