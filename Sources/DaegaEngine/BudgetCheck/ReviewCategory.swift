/// The six kinds of project whose 과업심의 may be simplified (「소프트웨어사업 계약 및 관리감독에 관한 지침」 제25조③).
public enum ReviewCategory: String, Sendable, CaseIterable {
    /// ① 총 사업금액 1억원 이하.
    case smallProject = "small_project"
    /// ② 상용SW 구매.
    case commercialPurchase = "commercial_purchase"
    /// ③ 표준화된 보급 시스템 구매.
    case standardSystem = "standard_system"
    /// ④ 과업 변경 없는 추가 구매.
    case unchangedAddition = "unchanged_addition"
    /// ⑤ 감리.
    case audit
    /// ⑥ PMO.
    case pmo

    /// Reads an English key or a Korean spelling (1억이하, 상용SW구매, 표준화보급, 변경없는추가, 감리, PMO).
    public init?(spelling: String) {
        let key = String(spelling.filter { !$0.isWhitespace && $0 != "_" && $0 != "·" }).lowercased()
        let aliases: [String: ReviewCategory] = [
            "smallproject": .smallProject, "1억이하": .smallProject, "commercialpurchase": .commercialPurchase,
            "상용sw구매": .commercialPurchase, "standardsystem": .standardSystem, "표준화보급": .standardSystem,
            "표준화보급시스템구매": .standardSystem, "unchangedaddition": .unchangedAddition, "변경없는추가": .unchangedAddition,
            "audit": .audit, "감리": .audit, "pmo": .pmo,
        ]
        guard let category = aliases[key] else { return nil }
        self = category
    }

    /// The spellings accepted, for error messages.
    public static let acceptedSpellings =
        "small_project(1억이하), commercial_purchase(상용SW구매), standard_system(표준화보급), unchanged_addition(변경없는추가), audit(감리), pmo"

    /// The category's name.
    public var name: LocalizedText {
        switch self {
        case .smallProject: LocalizedText(ko: "총 사업금액 1억원 이하", en: "a total of 100 million won or less")
        case .commercialPurchase: LocalizedText(ko: "상용SW 구매", en: "commercial SW purchase")
        case .standardSystem: LocalizedText(ko: "표준화된 보급 시스템 구매", en: "purchase of a standardised distributed system")
        case .unchangedAddition: LocalizedText(ko: "과업 변경 없는 추가 구매", en: "an addition without change of scope")
        case .audit: LocalizedText(ko: "감리", en: "audit (감리)")
        case .pmo: LocalizedText(ko: "PMO", en: "PMO")
        }
    }
}
