import DaegaEngine

/// A cell to write: text, which may be guarded against spreadsheet formulas, or a number daega computed,
/// which is always written as it is.
public enum CSVCell: Sendable, Equatable {
    /// Text from people or input files; a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` when the
    /// writer neutralises formulas.
    case text(String)
    /// A number daega computed, written as plain digits such as `-5` or `1234.5` and never prefixed.
    case number(ExactDecimal)
}
