import DaegaEngine
import DaegaIO
import DaegaReports

/// The workbook `daega batch -o 결과.xlsx` writes, built from the same output rows as the CSV: sheet 결과 (one row
/// per project, Korean headers, amounts as `#,##0` numbers, percentages as percentages, risk as a coloured Korean
/// word), 요약 (counts per risk, totals, the most underfunded), 오류 (every failed row with its place) and 코드 설명
/// (what every finding and error code means).
enum BatchWorkbook {
    /// Builds the workbook.
    /// - Parameters:
    ///   - table: the batch's output rows (made with Korean labels).
    ///   - summary: the batch's summary.
    static func build(_ table: BatchResultTable, summary: BatchSummary) -> Workbook {
        Workbook(sheets: [results(table), summarySheet(summary), errorSheet(table), codeSheet()])
    }

    /// A result column's look, by its machine name (``BatchOutputRow/resultColumns``, with or without ranges).
    private static func resultStyle(_ column: String) -> WorkbookCellStyle {
        switch column {
        case "function_points", "coverage_probability": .decimal
        case "coverage_pct", "break_even_pct": .percent
        case "risk", "findings": .plain
        case "error": .wrapped
        default: .won
        }
    }

    private static func results(_ table: BatchResultTable) -> WorkbookSheet {
        // A ranged batch (`--ranges`) writes the range's columns before `error`; the header tells which it was.
        let ranged = table.header.suffix(BatchOutputRow.rangedResultColumns.count).elementsEqual(BatchOutputRow.rangedResultColumns)
            || table.header.suffix(BatchOutputRow.koreanRangedResultColumns.count).elementsEqual(BatchOutputRow.koreanRangedResultColumns)
        let resultColumns = BatchOutputRow.resultColumns(ranged: ranged)
        let resultStyles = resultColumns.map(resultStyle)
        let inputCount = table.header.count - resultColumns.count
        let inputColumns = table.header.prefix(inputCount).map { BatchColumn(header: $0) }
        var sheet = WorkbookSheet(name: "결과", rows: [table.header.map { .text($0, style: .header) }])
        sheet.rows.reserveCapacity(table.rows.count + 1)
        for row in table.rows {
            var cells = row.inputCells.fields.enumerated().map { index, text in
                inputCell(text, column: index < inputColumns.count ? inputColumns[index] : nil)
            }
            for (index, cell) in row.resultCells.enumerated() {
                cells.append(resultCell(cell, style: resultStyles[index]))
            }
            sheet.rows.append(cells)
        }
        sheet.frozenRows = 1
        sheet.hasAutoFilter = true
        sheet.printsLandscapeFitToWidth = true
        sheet.printTitleRows = 1
        return sheet
    }

    /// An input cell as it came: a number for a column daega reads as a number when the text is a plain number,
    /// otherwise the text (formula-like text stays text).
    private static func inputCell(_ text: String, column: BatchColumn?) -> WorkbookCell {
        if text.isEmpty { return .empty }
        guard let column, ![.id, .name, .staffing].contains(column) else { return .text(text) }
        if [.budget, .directExpenses].contains(column) {
            // The amount as the engine read it ("35,000,000" and "35000000" alike).
            return (try? ValueText.won(text, at: .field(column.rawValue))).map(WorkbookCell.won) ?? .text(text)
        }
        let style: WorkbookCellStyle = [.fp, .ilf, .eif, .ei, .eo, .eq].contains(column) ? .decimal : .plain
        return ExactDecimal(parsing: text.trimmingWhiteSpace).map { .number($0, style: style) } ?? .text(text)
    }

    private static func resultCell(_ cell: CSVCell, style: WorkbookCellStyle) -> WorkbookCell {
        switch cell {
        case let .number(value): style == .percent ? .percent(value) : .number(value, style: style)
        case let .text(text): text.isEmpty ? .empty : .text(text, style: riskStyle(text) ?? style)
        }
    }

    /// The colour of a Korean risk word.
    private static func riskStyle(_ word: String) -> WorkbookCellStyle? { Severity(name: word).map(WorkbookCellStyle.risk) }

    private static func summarySheet(_ summary: BatchSummary) -> WorkbookSheet {
        var rows: [[WorkbookCell]] = [
            [.text("포트폴리오 점검 요약", style: .title)],
            [],
            [.text("항목", style: .header), .text("값", style: .header)],
            [.text("행"), .number(ExactDecimal(Int64(summary.rows)))],
            [.text("점검 완료"), .number(ExactDecimal(Int64(summary.checkedRows)))],
            [.text("오류 행"), .number(ExactDecimal(Int64(summary.failedRows)))],
        ]
        for level in Severity.allCases.reversed() {
            rows.append([.text("위험 " + level.koreanName, style: riskStyle(level.koreanName) ?? .plain),
                         .number(ExactDecimal(Int64(summary.riskCounts[level, default: 0])))])
        }
        rows.append([.text("예산 합계 (VAT 포함)"), .won(summary.totalBudget)])
        rows.append([.text("적정 대가 합계 (VAT 포함)"), .won(summary.totalProperCost)])
        rows.append([.text("충족률"), summary.totalBudget.percent(of: summary.totalProperCost).map { .percent($0) } ?? .text("-")])
        rows.append([])
        rows.append([.text("예산이 가장 부족한 사업 (충족률 낮은 순)", style: .title)])
        rows.append(["번호", "사업명", "예산 (VAT 포함)", "적정 대가 (VAT 포함)", "부족액", "충족률", "유찰 위험"].map { .text($0, style: .header) })
        for project in summary.mostUnderfunded {
            rows.append([.text(project.id), .text(project.name ?? ""), .won(project.budget), .won(project.properCost),
                         .won(Won(project.properCost.value - project.budget.value)), .percent(project.coveragePercent),
                         .text(project.risk.koreanName, style: riskStyle(project.risk.koreanName) ?? .plain)])
        }
        var sheet = WorkbookSheet(name: "요약", rows: rows)
        sheet.columnWidths = [1: 34, 2: 30]
        sheet.printsLandscapeFitToWidth = true
        return sheet
    }

    private static func errorSheet(_ table: BatchResultTable) -> WorkbookSheet {
        var sheet = WorkbookSheet(name: "오류", rows: [["위치", "행", "열", "코드", "내용", "기대값", "번호"].map { .text($0, style: .header) }])
        for failure in table.failures {
            var line: Int?, column: Int?
            switch failure.error.location {
            case let .file(_, errorLine, errorColumn)?: (line, column) = (errorLine, errorColumn)
            case let .cell(_, _, reference)?: (line, column) = (reference.row, reference.column)
            default: break
            }
            let number = { (value: Int?) in value.map { WorkbookCell.number(ExactDecimal(Int64($0))) } ?? .empty }
            sheet.rows.append([.text(failure.error.location?.description ?? ""), number(line), number(column),
                               .text(failure.error.code.rawValue), .text(failure.error.message, style: .wrapped),
                               .text(failure.error.expected ?? "", style: .wrapped), .text(failure.id)])
        }
        sheet.frozenRows = 1
        sheet.hasAutoFilter = true
        sheet.printsLandscapeFitToWidth = true
        sheet.printTitleRows = 1
        return sheet
    }

    /// Every finding code a check can report and every error code, with its meaning in Korean.
    private static func codeSheet() -> WorkbookSheet {
        var rows: [[WorkbookCell]] = [["코드", "종류", "뜻"].map { .text($0, style: .header) }]
        for (code, meaning) in FindingCodeCatalogue.all {
            rows.append([.text(code.rawValue), .text("발견 사항"), .text(meaning.ko, style: .wrapped)])
        }
        for code in ErrorCode.allCases {
            rows.append([.text(code.rawValue), .text("오류"), .text(code.summary.ko, style: .wrapped)])
        }
        var sheet = WorkbookSheet(name: "코드 설명", rows: rows)
        sheet.columnWidths = [1: 38, 2: 10, 3: 70]
        sheet.printsLandscapeFitToWidth = true
        sheet.frozenRows = 1
        sheet.printTitleRows = 1
        return sheet
    }
}
