/// What a function list says happened to a function in a redevelopment or a change request (SW재개발 구분).
public enum FunctionChange: String, Sendable, CaseIterable, Codable {
    /// 신규개발: a new function, counted at its full weight.
    case new
    /// 기능변경: an existing function that is modified, counted at weight × 영향계수.
    case changed
    /// 기능삭제: a function removed; listed but not measured.
    case deleted
    /// 수정없이 재사용: reused unchanged; not counted.
    case reused

    /// The Korean name on the guide's redevelopment form.
    public var koreanName: String {
        switch self {
        case .new: "신규개발"
        case .changed: "기능변경"
        case .deleted: "기능삭제"
        case .reused: "재사용"
        }
    }

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings = "신규(new), 변경(changed), 삭제(deleted), 재사용(reused)"

    /// Reads a change kind from its Korean or English spelling (any case); an empty cell is not read here.
    public init?(spelling: some StringProtocol) {
        switch spelling.trimmingWhiteSpace.lowercased() {
        case "new", "added", "add", "신규", "신규개발", "추가": self = .new
        case "changed", "change", "modified", "변경", "기능변경", "수정": self = .changed
        case "deleted", "delete", "removed", "삭제", "기능삭제": self = .deleted
        case "reused", "reuse", "unchanged", "재사용", "수정없이 재사용", "유지": self = .reused
        default: return nil
        }
    }
}
