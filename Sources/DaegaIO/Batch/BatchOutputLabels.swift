/// The words of a batch result's header and risk cells: daega's machine names (the CSV default, stable for scripts)
/// or Korean (`--headers ko`, and always in workbooks).
public enum BatchOutputLabels: String, Sendable, CaseIterable {
    /// `function_points`, `risk` … and `low`/`medium`/`high`/`critical`.
    case machine
    /// `기능점수`, `유찰 위험` … and 낮음/보통/높음/심각; known input columns get their Korean name.
    case korean

    /// The output header: the input header's names (known columns renamed to Korean under `.korean`), then the
    /// result columns (with the range's columns when `ranged`).
    public func header(inputNames: [String], ranged: Bool = false) -> [String] {
        switch self {
        case .machine:
            return inputNames + BatchOutputRow.resultColumns(ranged: ranged)
        case .korean:
            return inputNames.map { name in BatchColumn(header: name).map { $0.koreanAliases.first ?? name } ?? name }
                + (ranged ? BatchOutputRow.koreanRangedResultColumns : BatchOutputRow.koreanResultColumns)
        }
    }
}
