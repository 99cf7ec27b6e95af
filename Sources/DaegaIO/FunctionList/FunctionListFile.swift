import DaegaEngine

/// A function-list CSV file read and validated against an edition's matrices.
public struct FunctionListFile: Sendable {
    /// The functions in file order.
    public var entries: [FunctionEntry]
    /// Header names that were not used.
    public var ignoredColumns: [String]
    /// The line of each entry in the file.
    public var lines: [Int]
    /// The 1-based column of the function names.
    public var nameColumn: Int

    /// Reads a function list (UTF-8 with or without BOM, or CP949) and checks every row.
    /// - Parameters:
    ///   - path: the CSV file.
    ///   - rates: the edition's function-point figures, to classify counts.
    ///   - applyingChange: false for a contract change list (see ``FunctionListParser/validate(against:applyingChange:)``).
    /// - Throws: `DaegaError` naming `path:line:column` for the first bad row or cell.
    public static func read(_ path: String, rates: FunctionPointRates, applyingChange: Bool = true) throws -> FunctionListFile {
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
