/// Where a bad value came from: a place in a file, a command-line flag, or a named field
/// (before the caller knows which flag or cell carried it).
public enum InputLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A file, with 1-based line and column where known.
    case file(path: String, line: Int?, column: Int?)
    /// A command-line flag such as `--ilf`.
    case flag(String)
    /// A cell of a workbook's sheet, e.g. `scm.xlsx:FP산정!H9`.
    case cell(path: String, sheet: String, reference: CellReference)
    /// A named input field such as `integration`; the CLI or a reader replaces it with a flag or cell.
    case field(String)

    public var description: String {
        switch self {
        case let .file(path, line?, column?): "\(path):\(line):\(column)"
        case let .file(path, line?, nil): "\(path):\(line)"
        case let .file(path, _, _): path
        case let .cell(path, sheet, reference): "\(path):\(sheet)!\(reference)"
        case let .flag(name): name
        case let .field(name): name
        }
    }
}
