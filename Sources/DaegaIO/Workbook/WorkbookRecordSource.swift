import DaegaEngine

/// A workbook sheet read as batch records: the first non-empty row is the header, each later non-empty row a
/// record whose line is the sheet's row number and whose fields are its cells from column A (numbers as plain
/// decimal digits, merged cells as their top-left value).
///
/// Cells of the columns daega reads as numbers must hold numbers as typed: a formula (never recalculated here), a
/// date or an error value there is refused with its cell.
public final class WorkbookRecordSource: BatchRecordSource {
    private let path: String
    private let sheet: Worksheet
    private let rowNumbers: [Int]
    private var nextIndex = 0
    private var width = 0
    private var numericColumns: Set<Int> = []

    /// Opens a sheet of `workbook` (the first when `sheet` is `nil`).
    /// - Throws: `workbookSheetNotFound` for a missing sheet or a workbook without sheets; what reading the sheet throws.
    public init(workbook: WorkbookFile, sheet name: String?) throws(DaegaError) {
        guard let chosen = name ?? workbook.sheetNames.first else {
            throw DaegaError(.workbookSheetNotFound, at: .file(path: workbook.path, line: nil, column: nil), "통합문서에 시트가 없습니다",
                             expected: "포트폴리오 시트가 하나 이상 있는 .xlsx")
        }
        path = workbook.path
        let read = try workbook.sheet(named: chosen)
        sheet = read
        rowNumbers = read.rows.keys.sorted().filter { row in
            read.rows[row]?.values.contains { !$0.text.trimmingWhiteSpace.isEmpty } == true
        }
    }

    /// The next non-empty row as a record.
    /// - Throws: `workbookCellType` for a formula, date or error value in a number column.
    public func next() throws(DaegaError) -> CSVRecord? {
        guard nextIndex < rowNumbers.count else { return nil }
        let row = rowNumbers[nextIndex]
        nextIndex += 1
        let cells = sheet.rows[row] ?? [:]
        let lastColumn = max(width, cells.keys.max() ?? 0)
        var fields: [String] = []
        fields.reserveCapacity(lastColumn)
        for column in 1...max(1, lastColumn) {
            let reference = CellReference(column: column, row: row)
            guard let cell = sheet.cell(reference) else {
                fields.append("")
                continue
            }
            if numericColumns.contains(column) { try requireNumber(cell, at: reference) }
            fields.append(cell.fieldText)
        }
        if width == 0 {
            width = lastColumn
            numericColumns = Set(fields.indices.filter { index in
                BatchColumn(header: fields[index]).map { ![.id, .name, .staffing].contains($0) } ?? false
            }.map { $0 + 1 })
        }
        return CSVRecord(fields: fields, line: row)
    }

    /// Places an error at a line and column of this sheet on its cell.
    public func place(_ error: DaegaError) -> DaegaError {
        guard case let .file(errorPath, line?, column)? = error.location, errorPath == path else { return error }
        var placed = error
        placed.location = .cell(path: path, sheet: sheet.name, reference: CellReference(column: column ?? 1, row: line))
        return placed
    }

    private func requireNumber(_ cell: WorksheetCell, at reference: CellReference) throws(DaegaError) {
        guard let problem = cell.problemAsTypedNumber else { return }
        throw DaegaError(.workbookCellType, at: .cell(path: path, sheet: sheet.name, reference: reference),
                         "수를 적는 열의 셀이 \(problem)", expected: "수나 금액을 값으로 입력한 셀 (수식은 '값 붙여넣기')")
    }
}
