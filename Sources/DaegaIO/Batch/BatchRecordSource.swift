import DaegaEngine

/// Where a batch's portfolio rows come from: a CSV file, or a workbook's sheet whose rows are read as records
/// (line = the sheet's row, field = its column).
public protocol BatchRecordSource: AnyObject {
    /// The next record, or `nil` after the last one.
    /// - Throws: `DaegaError` for input that cannot be read, with its location.
    func next() throws(DaegaError) -> CSVRecord?

    /// The error placed where a person finds it: a workbook turns a record's line and field into its sheet's cell.
    func place(_ error: DaegaError) -> DaegaError
}

extension CSVReader: BatchRecordSource {
    /// A CSV file's lines and columns are already where a person finds them.
    public func place(_ error: DaegaError) -> DaegaError { error }
}

/// Opens a batch's input by its extension: `.xlsx`/`.xlsm` as a workbook sheet, anything else as CSV.
public enum BatchInput {
    /// The record source for `path`.
    /// - Parameters:
    ///   - path: the portfolio file.
    ///   - sheet: the workbook sheet to read (the first when `nil`); refused for CSV.
    ///   - encoding: a CSV input's encoding when the user settled it (`--input-encoding`), else `nil` to detect it;
    ///     refused for a workbook, whose cells carry no text encoding.
    /// - Throws: `DaegaError` when the file cannot be opened or the sheet is missing.
    public static func open(_ path: String, sheet: String?, encoding: TextEncoding? = nil) throws(DaegaError) -> any BatchRecordSource {
        if WorkbookFile.isWorkbookPath(path) {
            if encoding != nil {
                throw DaegaError(.conflictingInputs, at: .flag("--input-encoding"),
                                 "--input-encoding은 CSV 입력에만 씁니다: \(path)", expected: "--input-encoding 없이, 또는 CSV 입력")
            }
            let workbook = try WorkbookFile(contentsOf: path)
            return try WorkbookRecordSource(workbook: workbook, sheet: sheet)
        }
        if sheet != nil {
            throw DaegaError(.conflictingInputs, at: .flag("--sheet"), "--sheet는 통합문서(.xlsx, .xlsm) 입력에만 씁니다: \(path)",
                             expected: "--sheet 없이, 또는 .xlsx 입력")
        }
        return try CSVReader(contentsOf: path, encoding: encoding)
    }
}
