/// Where a commercial SW product stands for 상용SW 직접구매: registered on the 조달청 shopping mall, certified
/// (GS, CC or 국정원 검증, NET, NEP), neither, or not stated.
public enum ProductStatus: String, Sendable, CaseIterable {
    /// 종합쇼핑몰·디지털서비스몰 등록: covered at any price.
    case shoppingMall = "shopping_mall"
    /// GS 인증: covered from the single-product amount.
    case gs
    /// CC 인증 or 국정원 보안기능 확인: covered from the single-product amount.
    case cc
    /// NET 신기술 인증: covered from the single-product amount.
    case net
    /// NEP 신제품 인증: covered from the single-product amount.
    case nep
    /// Neither registered nor certified: not covered.
    case none
    /// Not stated: judged by the amount alone, as before statuses were asked for, and named for the officer to confirm.
    case unstated

    /// Reads an English key or a Korean spelling (종합쇼핑몰, 디지털서비스몰, GS인증, CC인증, 국정원검증, NET인증, NEP인증, 없음).
    public init?(spelling: String) {
        let key = String(spelling.filter { !$0.isWhitespace && $0 != "-" && $0 != "·" }).lowercased()
        let aliases: [String: ProductStatus] = [
            "shoppingmall": .shoppingMall, "쇼핑몰": .shoppingMall, "종합쇼핑몰": .shoppingMall, "디지털서비스몰": .shoppingMall,
            "gs인증": .gs, "cc인증": .cc, "국정원검증": .cc, "보안기능확인": .cc, "net인증": .net, "nep인증": .nep,
            "없음": .none, "미인증": .none,
        ]
        guard let status = aliases[key] ?? ProductStatus(rawValue: key), status != .unstated else { return nil }
        self = status
    }

    /// The spellings accepted, for error messages.
    public static let acceptedSpellings = "shopping_mall(종합쇼핑몰·디지털서비스몰), gs, cc(국정원 검증 포함), net, nep, none(없음)"

    /// Whether a product of this status at `amount` must be bought directly, given the single-product amount.
    public func isCovered(amount: Won, productThreshold: Won) -> Bool {
        switch self {
        case .shoppingMall: true
        case .gs, .cc, .net, .nep, .unstated: amount >= productThreshold
        case .none: false
        }
    }

    /// The status's name.
    public var name: LocalizedText {
        switch self {
        case .shoppingMall: LocalizedText(ko: "종합쇼핑몰·디지털서비스몰 등록", en: "registered on the PPS shopping mall")
        case .gs: LocalizedText(ko: "GS 인증", en: "GS certified")
        case .cc: LocalizedText(ko: "CC 인증·국정원 검증", en: "CC certified or NIS verified")
        case .net: LocalizedText(ko: "NET 인증", en: "NET certified")
        case .nep: LocalizedText(ko: "NEP 인증", en: "NEP certified")
        case .none: LocalizedText(ko: "인증·등록 없음", en: "neither certified nor registered")
        case .unstated: LocalizedText(ko: "인증·등록 여부 미기재", en: "status not stated")
        }
    }
}
