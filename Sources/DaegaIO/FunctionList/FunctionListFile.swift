import DaegaEngine

/// A function list (CSV, or a KOSA-style workbook) read and validated against an edition's matrices.
public struct FunctionListFile: Sendable {
    /// The functions in file order.
    public var entries: [FunctionEntry]
    /// Header names that were not used.
    public var ignoredColumns: [String]
    /// The line of each entry in the file (a workbook's sheet row).
    public var lines: [Int]
    /// The 1-based column of the function names.
    public var nameColumn: Int
    /// What reading it noted (a workbook's sheet and rows, stale saved values).
    public var notes: [EstimateNote] = []

    /// Reads a function list — a CSV (UTF-8 with or without BOM, or CP949), or an `.xlsx`/`.xlsm` workbook through
    /// ``FunctionListWorkbook`` — and checks every row.
    /// - Parameters:
    ///   - path: the CSV or workbook file.
    ///   - sheet: the workbook sheet to read (the KOSA form's sheet when `nil`); refused for a CSV.
    ///   - rates: the edition's function-point figures, to classify counts.
    ///   - applyingChange: false for a contract change list (see ``FunctionListParser/validate(against:applyingChange:)``).
    /// - Throws: `DaegaError` naming `path:line:column` (or sheet and cell) for the first bad row or cell.
    public static func read(_ path: String, sheet: String? = nil, rates: FunctionPointRates,
                            applyingChange: Bool = true) throws -> FunctionListFile {
        if WorkbookFile.isWorkbookPath(path) {
            return try FunctionListWorkbook.read(path, sheet: sheet, rates: rates, applyingChange: applyingChange)
        }
        if sheet != nil {
            throw DaegaError(.conflictingInputs, at: .flag("--sheet"), "--sheet는 통합문서(.xlsx, .xlsm) 기능 목록에만 씁니다: \(path)",
                             expected: "--sheet 없이, 또는 .xlsx 기능 목록")
        }
        let reader = try CSVReader(contentsOf: path)
        var parser = FunctionListParser(path: path)
        guard let header = try reader.next() else {
            throw DaegaError(.emptyFunctionList, at: .file(path: path, line: nil, column: nil), "파일이 비어 있습니다",
                             expected: "name,type,… 머리글과 기능 한 줄 이상")
        }
        try parser.header(header.fields, line: header.line)
        while let record = try reader.next() {
            try parser.record(record.fields, line: record.line)
        }
        try parser.validate(against: rates, applyingChange: applyingChange)
        return FunctionListFile(entries: parser.entries, ignoredColumns: parser.ignoredColumns, lines: parser.lines,
                                nameColumn: parser.position(of: .name) ?? 1)
    }
}
