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
    /// The output record's bytes, or the cell that cannot be written.
    var encoded: Result<CSVRecordEncoder.Encoded, CSVRecordEncoder.CellFailure>
    /// The row, its inputs and its check, kept for a row handler.
    var kept: Kept?

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
    ///   - encoder: the output file's record encoder.
    ///   - keepsRow: whether to keep the row, inputs and check for a row handler.
    init(_ record: CSVRecord, duplicate: Bool, parser: BatchRowParser, selection: RateSelection, narration: Narration,
         encoder: CSVRecordEncoder, keepsRow: Bool) {
        var row = parser.row(record)
        if duplicate, case .success = row.inputs {
            row.inputs = .failure(parser.place(DaegaError(.csvDuplicateRowID, at: .field("id"),
                                                          "id '\(row.id)'가 앞 행에서 이미 쓰였습니다",
                                                          expected: "사업마다 고유한 id"), line: row.line))
        }
        let result: Result<ProjectCheckResult, DaegaError>
        switch row.inputs {
        case let .success(inputs):
            do {
                let check = try ProjectCheckPlan.run(inputs, selection: selection, narration: narration)
                result = .success(check)
                if keepsRow { kept = Kept(row: row, inputs: inputs, result: check) }
            } catch {
                result = .failure(parser.place(DaegaError.unexpected(error), line: row.line))
            }
        case let .failure(error):
            result = .failure(error)
        }
        id = row.id
        let output: BatchOutputRow
        switch result {
        case let .success(check):
            checked = .success(BatchSummary.CheckedProject(row, result: check))
            output = BatchOutputRow(row, result: check)
        case let .failure(error):
            checked = .failure(error)
            output = BatchOutputRow(row, error: error)
        }
        encoded = Result { () throws(CSVRecordEncoder.CellFailure) in try encoder.encode(output.cells) }
    }
}
