/// How serious a finding is; the overall risk of a check is the highest severity found.
public enum Severity: Int, Sendable, Comparable, CaseIterable, Codable {
    /// Informational.
    case low
    /// Below the guide's cost but likely still bid.
    case medium
    /// A typical winning bid would lose money.
    case high
    /// Even a bid at the full budget loses money: likely 무응찰 or 단독응찰.
    case critical

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The name used in JSON, CSV and `--fail-on`: `low`, `medium`, `high`, `critical`.
    public var name: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .critical: "critical"
        }
    }

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .low: "낮음"
        case .medium: "보통"
        case .high: "높음"
        case .critical: "심각"
        }
    }

    /// Reads `low`/`medium`/`high`/`critical` (or the Korean names).
    public init?(name: String) {
        let lower = name.lowercased()
        guard let found = Severity.allCases.first(where: { $0.name == lower || $0.koreanName == name }) else { return nil }
        self = found
    }
}
