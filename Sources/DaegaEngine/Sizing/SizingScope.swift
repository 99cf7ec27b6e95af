/// What an early size is counted from.
public enum SizingScope: Sendable, Equatable {
    /// Counts per kind (data groups, screens, reports, interfaces, batch jobs); a kind absent was not counted.
    case counts([EarlyCountKind: Int])
    /// A requirement list, one function per line.
    case requirements([RequirementLine])
}
