import DaegaEngine

/// Reads a function list from a workbook laid out like KOSA's FP 산정양식: sheet `FP산정` (정통법, with RET/FTR,
/// DET and 복잡도) or `FP산정(간이법)` (types only), or any sheet named with `--sheet` laid out the same way.
///
/// The header row is the first row holding both 어플리케이션명 (or 단위프로세스명) and FP유형 as cells of their own
/// (circled numbers, spaces and line breaks ignored), so the guide's text above the table, which repeats those words
/// inside sentences, is passed over. Data rows run below it to the end of the form's input range (the data
/// validation on the FP유형 column) or the sheet's last row. Merged cells read as their top-left value. Complexity
/// is recomputed from DET and RET/FTR (the form's macros are never run); a saved 복잡도 that disagrees is reported
/// as a note rather than trusted.
public enum FunctionListWorkbook {
    /// The 정통법 sheet's name.
    public static let detailedSheet = "FP산정"
    /// The 간이법 sheet's name.
    public static let simpleSheet = "FP산정(간이법)"
    /// How far down the header row is looked for.
    static let headerSearchRows = 60

    /// What a header cell names, after normalising.
    enum Column: String, CaseIterable {
        case application, task, name, description, type, retFtr, det, complexity, weight

        /// The normalised header spellings.
        var spellings: [String] {
            switch self {
            case .application: ["어플리케이션명", "애플리케이션명", "응용프로그램명"]
            case .task: ["세부업무명", "세부업무"]
            case .name: ["단위프로세스명", "단위프로세스", "기능명"]
            case .description: ["단위프로세스설명", "설명"]
            case .type: ["fp유형", "기능유형", "유형"]
            case .retFtr: ["ret/ftr", "ret·ftr", "ftr/ret", "ret/ftr수", "ret", "ftr"]
            case .det: ["det", "det수"]
            case .complexity: ["복잡도"]
            case .weight: ["가중치", "기능점수", "fp"]
            }
        }

        static func matching(_ text: String) -> Column? {
            let key = normalized(text)
            return allCases.first { $0.spellings.contains(key) }
        }
    }

    /// Reads the function list of the workbook at `path`.
    /// - Parameters:
    ///   - path: the `.xlsx` or `.xlsm` file.
    ///   - sheet: the sheet to read; by default `FP산정`, else `FP산정(간이법)`.
    ///   - rates: the edition's function-point figures.
    ///   - applyingChange: false for a contract change list (see ``FunctionListParser/validate(against:applyingChange:)``).
    /// - Returns: the functions, the columns not used and notes (the sheet read, stale saved complexities).
    /// - Throws: `workbookSheetNotFound` listing the sheets when neither form sheet is there; `workbookHeaderNotFound`;
    ///   `workbookCellType` for a formula, date or error value in DET or RET/FTR; the function-list errors of
    ///   ``FunctionListParser`` placed on their cells.
    public static func read(_ path: String, sheet requested: String?, rates: FunctionPointRates,
                            applyingChange: Bool = true) throws -> FunctionListFile {
        let workbook = try WorkbookFile(contentsOf: path)
        let name: String
        if let requested {
            name = requested
        } else if let form = [detailedSheet, simpleSheet].first(where: workbook.sheetNames.contains) {
            name = form
        } else {
            throw DaegaError(.workbookSheetNotFound, at: .file(path: path, line: nil, column: nil),
                             "기능 목록 시트('\(detailedSheet)' 또는 '\(simpleSheet)')가 없습니다. 있는 시트: \(workbook.sheetList)",
                             expected: "KOSA FP 산정양식의 시트, 또는 --sheet 이름")
        }
        let sheet = try workbook.sheet(named: name)
        let place = { (error: DaegaError) -> DaegaError in
            guard case let .file(errorPath, line?, column)? = error.location, errorPath == path else { return error }
            var placed = error
            placed.location = .cell(path: path, sheet: name, reference: CellReference(column: column ?? 1, row: line))
            return placed
        }
        do {
            return try read(sheet, path: path, rates: rates, applyingChange: applyingChange)
        } catch let error as DaegaError {
            throw place(error)
        }
    }

    private static func read(_ sheet: Worksheet, path: String, rates: FunctionPointRates,
                             applyingChange: Bool) throws -> FunctionListFile {
        let (headerRow, columns) = try header(of: sheet, path: path)
        guard let typeColumn = columns[.type] else { preconditionFailure("the header has FP유형") }
        let lastRow = sheet.validationRanges.filter { range in
            (range.first.column...range.last.column).contains(typeColumn) && range.last.row > headerRow
        }.map(\.last.row).max().map { min($0, sheet.lastRow) } ?? sheet.lastRow
        let width = max(columns.values.max() ?? 1, 1)
        var parserHeader = [String](repeating: "", count: width)
        parserHeader[(columns[.name] ?? columns[.application]!) - 1] = FunctionListParser.Column.name.rawValue
        parserHeader[typeColumn - 1] = FunctionListParser.Column.type.rawValue
        let hasCounts = columns[.det] != nil && columns[.retFtr] != nil
        if hasCounts {
            parserHeader[columns[.det]! - 1] = FunctionListParser.Column.det.rawValue
            parserHeader[columns[.retFtr]! - 1] = FunctionListParser.Column.retFtr.rawValue
        }
        if let complexity = columns[.complexity] { parserHeader[complexity - 1] = FunctionListParser.Column.complexity.rawValue }
        var parser = FunctionListParser(path: path)
        try parser.header(parserHeader, line: headerRow)
        var saved: [SavedValues] = []
        for row in stride(from: headerRow + 1, through: lastRow, by: 1) {
            var fields = [String](repeating: "", count: width)
            for (index, role) in parserHeader.enumerated() where !role.isEmpty {
                let reference = CellReference(column: index + 1, row: row)
                guard let cell = sheet.cell(reference) else { continue }
                if role == FunctionListParser.Column.det.rawValue || role == FunctionListParser.Column.retFtr.rawValue {
                    try requireCount(cell, at: reference, sheet: sheet.name, path: path)
                }
                fields[index] = cell.fieldText
            }
            var values = SavedValues(row: row)
            if hasCounts, let complexityColumn = columns[.complexity] {
                let det = fields[columns[.det]! - 1], retFtr = fields[columns[.retFtr]! - 1]
                if !det.trimmingWhiteSpace.isEmpty || !retFtr.trimmingWhiteSpace.isEmpty {
                    // Counts decide; the saved complexity (the form's macro result) is only compared afterwards.
                    values.complexity = Complexity(spelling: fields[complexityColumn - 1])
                    fields[complexityColumn - 1] = ""
                }
            }
            if let weightColumn = columns[.weight], let cell = sheet.cell(CellReference(column: weightColumn, row: row)), cell.kind == .number {
                values.weight = ExactDecimal(parsing: cell.fieldText)
            }
            saved.append(values)
            try parser.record(fields, line: row)
        }
        try parser.validate(against: rates, applyingChange: applyingChange)
        var notes = [EstimateNote(code: "function_sheet", text: LocalizedText(
            ko: "기능 목록은 통합문서 \(path)의 '\(sheet.name)' 시트 \(headerRow + 1)~\(lastRow)행에서 읽었습니다.",
            en: "The function list was read from sheet '\(sheet.name)' of \(path), rows \(headerRow + 1)–\(lastRow)."))]
        let stale = try staleCells(saved, parser: parser, rates: rates, columns: columns, applyingChange: applyingChange)
        if !stale.isEmpty {
            notes.append(EstimateNote(code: "stale_saved_values", text: LocalizedText(
                ko: "양식에 저장된 복잡도·가중치가 daega가 DET·RET/FTR와 요율표로 다시 구한 값과 다른 셀: \(stale.joined(separator: ", ")). daega는 다시 구한 값을 썼습니다 (양식의 매크로는 실행하지 않음).",
                en: "Saved complexities or weights differ from those daega recomputed from DET, RET/FTR and the rate book in \(stale.joined(separator: ", ")); daega used the recomputed ones (the form's macros are not run).")))
        }
        return FunctionListFile(entries: parser.entries, ignoredColumns: [], lines: parser.lines,
                                nameColumn: parser.position(of: .name) ?? 1, notes: notes)
    }

    /// What the form saved beside a data row: the complexity and weight its macros computed.
    private struct SavedValues {
        var row: Int
        var complexity: Complexity?
        var weight: ExactDecimal?
    }

    /// The cells whose saved complexity or weight differs from daega's count, as `H9 복잡도 보통→단순`.
    private static func staleCells(_ saved: [SavedValues], parser: FunctionListParser, rates: FunctionPointRates,
                                   columns: [Column: Int], applyingChange: Bool) throws -> [String] {
        var stale: [String] = []
        for values in saved {
            guard let index = parser.lines.firstIndex(of: values.row) else { continue }
            let counted = try FunctionPointCount.countedLine(parser.entries[index], rates: rates, applyingChange: applyingChange)
            if let cached = values.complexity, let recomputed = counted.complexity, recomputed != cached, let column = columns[.complexity] {
                stale.append("\(CellReference(column: column, row: values.row)) 복잡도 \(cached.koreanName)→\(recomputed.koreanName)")
            }
            if let cached = values.weight, cached != counted.weight, let column = columns[.weight] {
                stale.append("\(CellReference(column: column, row: values.row)) 가중치 \(cached)→\(counted.weight)")
            }
        }
        return stale
    }

    /// The header row and where each known column is (1-based).
    private static func header(of sheet: Worksheet, path: String) throws -> (Int, [Column: Int]) {
        for row in stride(from: 1, through: min(sheet.lastRow, headerSearchRows), by: 1) {
            var columns: [Column: Int] = [:]
            for (column, cell) in (sheet.rows[row] ?? [:]).sorted(by: { $0.key < $1.key }) {
                if let known = Column.matching(cell.text), columns[known] == nil { columns[known] = column }
            }
            guard columns[.type] != nil, columns[.application] != nil || columns[.name] != nil else { continue }
            // The 정통법 form may put RET/FTR and DET under a 복잡도 heading on the row below.
            for (column, cell) in sheet.rows[row + 1] ?? [:] {
                if let known = Column.matching(cell.text), [.retFtr, .det, .complexity].contains(known), columns[known] == nil {
                    columns[known] = column
                }
            }
            if (columns[.det] == nil) != (columns[.retFtr] == nil) {
                throw DaegaError(.workbookHeaderNotFound, at: .cell(path: path, sheet: sheet.name, reference: CellReference(column: 1, row: row)),
                                 "머리글에 DET와 RET/FTR 중 한 열만 있습니다", expected: "DET와 RET/FTR 두 열 모두(정통법), 또는 둘 다 없이(간이법)")
            }
            var headerRow = columns.values.contains { sheet.rows[row]?[$0] == nil } ? row + 1 : row
            // A header merged over two rows repeats its text on the second: that row is header too.
            while let type = sheet.cell(CellReference(column: columns[.type]!, row: headerRow + 1)), Column.matching(type.text) == .type {
                headerRow += 1
            }
            return (headerRow, columns)
        }
        throw DaegaError(.workbookHeaderNotFound, at: .file(path: path, line: nil, column: nil),
                         "시트 '\(sheet.name)'의 처음 \(headerSearchRows)행에서 어플리케이션명(또는 단위프로세스명)과 FP유형이 함께 있는 머리글 행을 찾지 못했습니다",
                         expected: "KOSA FP 산정양식의 머리글 (①어플리케이션명 … ④FP유형)")
    }

    /// DET and RET/FTR are counts typed in: a formula, date, error or true/false there is refused.
    private static func requireCount(_ cell: WorksheetCell, at reference: CellReference, sheet: String, path: String) throws {
        guard let problem = cell.problemAsTypedNumber else { return }
        throw DaegaError(.workbookCellType, at: .cell(path: path, sheet: sheet, reference: reference),
                         "DET·RET/FTR 셀이 \(problem)", expected: "0 이상의 정수를 값으로 입력한 셀")
    }

    /// Header text without circled numbers (①–⑳), spaces and line breaks, in lower case.
    static func normalized(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(0x2460...0x2473).contains(scalar.value) && !scalar.properties.isWhitespace
        })).lowercased()
    }
}
