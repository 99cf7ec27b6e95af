/// What kind of work a project is, which decides the costing method the guide expects.
public enum WorkKind: String, Sendable, CaseIterable, Codable {
    /// 신규 개발 (구축): the function-point method.
    case development
    /// 기획 (ISP·ISMP·EA·컨설팅): the man-month method.
    case planning
    /// 운영·유지관리 by 투입공수: the man-month method.
    case operation
    /// FP 적용이 어려운 사업 (콘텐츠, R&D 성격, 튜닝·테스트, 5천만원 미만 등): the man-month method.
    case exempt

    /// Parses an English key or a Korean word (개발, 기획, 운영, 제외).
    public init?(spelling: String) {
        let key = String(spelling.filter { !$0.isWhitespace }).lowercased()
        let korean: [String: WorkKind] = ["개발": .development, "구축": .development, "신규개발": .development,
                                          "기획": .planning, "isp": .planning, "컨설팅": .planning,
                                          "운영": .operation, "유지관리": .operation, "제외": .exempt, "fp제외": .exempt]
        guard let kind = WorkKind(rawValue: key) ?? korean[key] else { return nil }
        self = kind
    }

    /// The spellings accepted, for error messages.
    public static let acceptedSpellings = "development(개발), planning(기획·ISP), operation(운영), exempt(FP 적용 제외)"

    /// Whether the guide expects the function-point method for this work.
    public var expectsFunctionPoints: Bool { self == .development }

    /// The work's name.
    public var name: LocalizedText {
        switch self {
        case .development: LocalizedText(ko: "신규 개발(구축)", en: "new development")
        case .planning: LocalizedText(ko: "기획(ISP·컨설팅)", en: "planning (ISP, consulting)")
        case .operation: LocalizedText(ko: "운영·유지관리", en: "operation and maintenance")
        case .exempt: LocalizedText(ko: "FP 적용이 어려운 사업", en: "work exempt from function points")
        }
    }
}
