/// Who asked for a scope change; it decides how added work is priced (국가계약법 시행령 제65조③ or ⑥).
public enum ChangeRequester: String, Sendable, CaseIterable, Codable {
    /// The ordering agency (발주기관): added work at an agreed price or the midpoint (제65조⑥).
    case agency
    /// The vendor (계약상대자): added work at the contract or change-time unit price × 낙찰률 (제65조③).
    case vendor
    /// A change of law or regulation, for which the vendor is not responsible; priced like an agency request.
    case law

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .agency: "발주기관 요청"
        case .vendor: "계약상대자 요청"
        case .law: "법령·제도 변경"
        }
    }

    /// Whether the change counts as asked for by the agency (제65조⑥ covers causes the vendor is not responsible for).
    public var isAgencySide: Bool { self != .vendor }

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings = "\"agency\"(발주기관), \"vendor\"(계약상대자), \"law\"(법령)"

    /// Reads a requester from its English or Korean spelling.
    public init?(spelling: some StringProtocol) {
        switch spelling.trimmingWhiteSpace.lowercased() {
        case "agency", "발주기관": self = .agency
        case "vendor", "계약상대자", "사업자": self = .vendor
        case "law", "법령", "법령개정": self = .law
        default: return nil
        }
    }
}
