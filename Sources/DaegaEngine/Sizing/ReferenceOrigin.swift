/// What kind of reference a sizing figure is: none of them comes from the KOSA guide itself.
public enum ReferenceOrigin: String, Sendable, CaseIterable, Codable {
    /// A foreign reference value (NESMA, McConnell, Chinese benchmark practice).
    case foreign
    /// A historical Korean reference (e.g. 기획예산처 2001).
    case historical
    /// daega's own classification rule, stated so it can be changed.
    case convention

    /// The label outputs put beside the figure.
    public var label: LocalizedText {
        switch self {
        case .foreign: LocalizedText(ko: "해외 참고값", en: "foreign reference")
        case .historical: LocalizedText(ko: "과거 국내 참고값", en: "historical Korean reference")
        case .convention: LocalizedText(ko: "daega 분류 규칙", en: "daega's classification rule")
        }
    }
}
