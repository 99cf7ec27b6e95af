/// The three cases in which a negotiated SW contract may weigh price at 20 points instead of 10 (행정안전부
/// 「행정기관 및 공공기관 정보시스템 구축·운영 지침」 제18조).
public enum PriceWeightCase: String, Sendable, CaseIterable {
    /// HW is at least the book's share (50%) of 추정가격.
    case hardware = "hw"
    /// A development project under the book's amount (1억원, 추정가격).
    case smallDevelopment = "under_100m"
    /// The agency head decided it.
    case agencyHead = "agency_head"

    /// Reads an English key or a Korean spelling (HW, 1억미만, 기관장).
    public init?(spelling: String) {
        let key = String(spelling.filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }).lowercased()
        let aliases: [String: PriceWeightCase] = [
            "hw": .hardware, "hardware": .hardware, "하드웨어": .hardware,
            "under100m": .smallDevelopment, "1억미만": .smallDevelopment, "1억미만개발": .smallDevelopment,
            "agencyhead": .agencyHead, "기관장": .agencyHead, "발주기관장": .agencyHead, "발주기관의장": .agencyHead,
        ]
        guard let read = aliases[key] else { return nil }
        self = read
    }

    /// The spellings accepted, for error messages.
    public static let acceptedSpellings = "hw(하드웨어), under_100m(1억미만), agency_head(기관장)"

    /// The case as the output names it, with the book's figures.
    public func name(_ weights: AlternativePriceWeights) -> LocalizedText {
        switch self {
        case .hardware:
            LocalizedText(ko: "HW 비중이 추정가격의 \(weights.hardwareSharePercent)% 이상인 사업",
                          en: "hardware is \(weights.hardwareSharePercent)% or more of the estimated price")
        case .smallDevelopment:
            LocalizedText(ko: "추정가격 \(weights.developmentUnder.grouped)원 미만 개발 사업",
                          en: "a development project under ₩\(weights.developmentUnder.grouped) (estimated price)")
        case .agencyHead:
            LocalizedText(ko: "발주기관의 장이 정한 경우", en: "the agency head's decision")
        }
    }
}
