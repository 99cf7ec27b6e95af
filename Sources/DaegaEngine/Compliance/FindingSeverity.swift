/// How serious a compliance finding is, as a suggestion to the reader.
public enum FindingSeverity: String, Sendable, CaseIterable, Codable, Comparable {
    /// Worth knowing; no rule is broken.
    case notice
    /// Below the guide's figure for the case.
    case warning
    /// Below the lowest rate the rules allow at all.
    case critical

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .notice: "참고"
        case .warning: "주의"
        case .critical: "위험"
        }
    }

    public static func < (lhs: FindingSeverity, rhs: FindingSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
