import DaegaEngine

/// One row after its check: the row, the check or the error, and the output record.
struct BatchRowOutcome: Sendable {
    /// The row read.
    var row: BatchRow
    /// The check, or why the row failed.
    var result: Result<ProjectCheckResult, DaegaError>
    /// The output record.
    var output: BatchOutputRow

    /// Reads and checks one record through `ProjectCheckPlan`.
    /// - Parameters:
    ///   - record: the data record.
    ///   - duplicate: whether an earlier row already used its id.
    ///   - parser: the file's row parser.
    ///   - selection: the rate books and reference day.
    ///   - narration: whether the check keeps its trace and sentences.
    init(_ record: CSVRecord, duplicate: Bool, parser: BatchRowParser, selection: RateSelection, narration: Narration) {
        row = parser.row(record)
        if duplicate, case .success = row.inputs {
            row.inputs = .failure(parser.place(DaegaError(.csvDuplicateRowID, at: .field("id"),
                                                          "id '\(row.id)'가 앞 행에서 이미 쓰였습니다",
                                                          expected: "사업마다 고유한 id"), line: row.line))
        }
        switch row.inputs {
        case let .success(inputs):
            do {
                result = .success(try ProjectCheckPlan.run(inputs, selection: selection, narration: narration))
            } catch {
                result = .failure(parser.place(DaegaError.unexpected(error), line: row.line))
            }
        case let .failure(error):
            result = .failure(error)
        }
        switch result {
        case let .success(check): output = BatchOutputRow(row, result: check)
        case let .failure(error): output = BatchOutputRow(row, error: error)
        }
    }
}
