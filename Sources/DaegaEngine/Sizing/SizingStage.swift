/// How far a project has come when it is sized: each stage has its own expected growth and uncertainty band.
public enum SizingStage: String, Sendable, CaseIterable, Codable {
    /// 예산 요구: next year's budget request, from a concept.
    case budget
    /// 입찰: the RFP (제안요청서) with its requirement list.
    case tender
    /// 요구사항 분석 완료.
    case requirements
    /// 설계 완료.
    case design

    /// The stage's Korean name.
    public var koreanName: String {
        switch self {
        case .budget: "예산 요구"
        case .tender: "입찰(제안요청)"
        case .requirements: "요구사항 분석 완료"
        case .design: "설계 완료"
        }
    }

    /// The stage's English name.
    public var englishName: String {
        switch self {
        case .budget: "budget request"
        case .tender: "tender (RFP)"
        case .requirements: "requirements complete"
        case .design: "design complete"
        }
    }

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings = "budget, tender, requirements, design (또는 예산, 입찰, 요구사항, 설계)"

    /// Reads a stage from its English name or a Korean short name.
    public init?(spelling: some StringProtocol) {
        switch spelling.trimmingWhiteSpace.lowercased() {
        case "budget", "예산", "예산요구", "예산 요구": self = .budget
        case "tender", "rfp", "입찰", "제안요청": self = .tender
        case "requirements", "요구사항", "요구사항분석", "분석": self = .requirements
        case "design", "설계": self = .design
        default: return nil
        }
    }
}
