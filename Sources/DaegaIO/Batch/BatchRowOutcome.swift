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
        /// The CSV record, appended to its block's bytes: the line breaks inside its quoted fields, or the cell that
        /// cannot be written (then nothing was appended).
        case encoded(Result<Int, CSVRecordEncoder.CellFailure>)
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

    /// Reads and checks one record: through the engine's cores (``BatchRowCheck``) when it is a development row that
    /// needs nothing else, else through `ProjectCheckPlan`, as `daega check` checks a project (a row with maintenance
    /// columns, a duplicate id or an error, and every row when a row handler or `--ranges` wants the full check).
    /// - Parameters:
    ///   - record: the data record.
    ///   - duplicate: whether an earlier row already used its id.
    ///   - parser: the file's row parser.
    ///   - rates: the worker's rate figures for the cores.
    ///   - selection: the rate books and reference day.
    ///   - encoder: the output file's record encoder, or `nil` to keep the row's cells.
    ///   - block: the bytes of the rows encoded before this one in its block, which the row's record is appended to.
    ///   - labels: machine or Korean words in the result cells.
    ///   - keepsRow: whether to keep the row, inputs and check for a row handler.
    init(_ record: borrowing CSVRecord, duplicate: Bool, parser: BatchRowParser, rates: BatchRowRates, selection: RateSelection,
         encoder: CSVRecordEncoder?, block: inout [UInt8], labels: BatchOutputLabels, keepsRow: Bool,
         ranges: RangeSettings? = nil) {
        if !keepsRow, !duplicate,
           let checked = BatchRowOutcome(checkedByCores: record, parser: parser, rates: rates, selection: selection, encoder: encoder,
                                         block: &block, labels: labels, ranges: ranges) {
            self = checked
            return
        }
        let row = parser.row(record, duplicate: duplicate)
        id = row.id
        var error: DaegaError
        switch row.inputs {
        case let .success(inputs):
            do {
                let check = try ProjectCheckPlan.run(inputs, selection: selection)
                let output: BatchOutputRow
                if let ranges {
                    // The simulation varies a development scope; a maintenance tender's range cells stay blank.
                    let range = check.check.coverage.properCost.method == .maintenance
                        ? nil : try RangeColumns.simulate(inputs, budgetWithVAT: check.check.budgetWithVAT,
                                                          awardRatio: check.check.coverage.awardRatio, settings: ranges,
                                                          selection: selection)
                    output = BatchOutputRow(row, result: check, range: range, labels: labels)
                } else {
                    output = BatchOutputRow(row, result: check, labels: labels)
                }
                self.output = Self.output(output, with: encoder, block: &block)
                if case let .encoded(.failure(cell)) = self.output {
                    error = Self.unencodable(cell, row: row, parser: parser, ranged: ranges != nil)
                } else {
                    checked = .success(BatchSummary.CheckedProject(row, name: inputs.name, result: check))
                    kept = keepsRow ? Kept(row: row, inputs: inputs, result: check) : nil
                    return
                }
            } catch let thrown {
                error = parser.place(DaegaError.unexpected(thrown), line: row.line)
            }
        case let .failure(unreadable):
            error = unreadable
        }
        output = Self.output(BatchOutputRow(row, error: error, ranged: ranges != nil), with: encoder, block: &block)
        if let encoder, case let .encoded(.failure(cell)) = output {
            // The cells (or the error quoting one) hold a character the output encoding cannot: the row fails with
            // that as its error, and its cells are written with `?` in place of such characters. A workbook keeps
            // cells, not bytes, so only a CSV output meets this.
            error = Self.unencodable(cell, row: row, parser: parser, ranged: ranges != nil)
            output = Self.output(BatchOutputRow(row, error: error, ranged: ranges != nil), with: encoder.substituting, block: &block)
        }
        checked = .failure(error)
        kept = nil
    }

    /// The outcome of a development row checked by the cores (with its range simulated from the same inputs when
    /// `ranges` asks), or `nil` when the row needs the full check (or its output a character the encoding cannot
    /// hold, or its range an error: the full path reports either).
    private init?(checkedByCores record: borrowing CSVRecord, parser: BatchRowParser, rates: BatchRowRates, selection: RateSelection,
                  encoder: CSVRecordEncoder?, block: inout [UInt8], labels: BatchOutputLabels, ranges: RangeSettings?) {
        guard record.fieldCount == parser.header.names.count else { return nil }
        let line = record.line
        let checked = record.withFields { (fields) -> (BatchRowFigures, String?, RangeResult?)? in
            guard let values = try? parser.values(fields, line: line), !values.hasMaintenance,
                  let figures = BatchRowCheck.run(values, rates: rates) else { return nil }
            guard let ranges else { return (figures, parser.name(in: fields), nil) }
            guard let rules = rates.rules, let inputs = try? parser.inputs(values, fields: fields, line: line),
                  let range = try? RangeColumns.simulate(inputs, budgetWithVAT: figures.budget, awardRatio: rules.awardRatioPercent,
                                                          settings: ranges, selection: selection) else { return nil }
            return (figures, inputs.name, range)
        }
        guard let (figures, name, range) = checked else { return nil }
        var row = BatchOutputRow(cells: copy record, figures: figures, labels: labels)
        if ranges != nil { row.insertRange(range) }
        output = Self.output(row, with: encoder, block: &block)
        if case .encoded(.failure) = output { return nil }
        id = parser.id(of: record)
        self.checked = .success(BatchSummary.CheckedProject(id: id, name: name, line: line, figures: figures))
        kept = nil
    }

    /// The row error for a cell the output encoding cannot hold, on the input cell when it is one.
    private static func unencodable(_ cell: CSVRecordEncoder.CellFailure, row: borrowing BatchRow, parser: BatchRowParser,
                                    ranged: Bool) -> DaegaError {
        let inputColumns = parser.header.names.count
        let column = cell.fieldNumber <= inputColumns ? cell.fieldNumber : nil
        let resultColumns = BatchOutputRow.resultColumns(ranged: ranged)
        let which = column.map { "\($0)번째 열" } ?? "결과의 \(resultColumns[cell.fieldNumber - inputColumns - 1]) 열"
        return DaegaError(.csvUnencodableCell, at: .file(path: parser.header.path, line: row.line, column: column),
                          "\(which): \(cell.message) (이 행의 그런 글자는 '?'로 바꿔 썼습니다)", expected: cell.expected)
    }

    /// The output of a row: its CSV record appended to `block` by `encoder`, or its cells without one.
    private static func output(_ output: BatchOutputRow, with encoder: CSVRecordEncoder?, block: inout [UInt8]) -> Output {
        guard let encoder else { return .cells(output) }
        return .encoded(Result { () throws(CSVRecordEncoder.CellFailure) in
            try encoder.encode(output.inputCells, then: output.resultCells, appendingTo: &block)
        })
    }
}
