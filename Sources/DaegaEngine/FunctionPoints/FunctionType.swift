/// The five IFPUG function types the guide counts.
public enum FunctionType: String, Sendable, CaseIterable, Codable {
    /// 내부논리파일 (Internal Logical File).
    case ilf
    /// 외부연계파일 (External Interface File).
    case eif
    /// 외부입력 (External Input).
    case ei
    /// 외부출력 (External Output).
    case eo
    /// 외부조회 (External Inquiry).
    case eq

    /// The Korean name used by the guide.
    public var koreanName: String {
        switch self {
        case .ilf: "내부논리파일"
        case .eif: "외부연계파일"
        case .ei: "외부입력"
        case .eo: "외부출력"
        case .eq: "외부조회"
        }
    }

    /// Whether this is a data function (ILF, EIF) rather than a transaction.
    public var isData: Bool { self == .ilf || self == .eif }

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings = "ILF, EIF, EI, EO, EQ (또는 내부논리파일, 외부연계파일, 외부입력, 외부출력, 외부조회)"

    /// Reads a type from its abbreviation (any case) or Korean name.
    public init?(spelling: some StringProtocol) {
        let text = spelling.trimmingWhiteSpace.lowercased()
        if let type = FunctionType(rawValue: text) { self = type; return }
        guard let type = FunctionType.allCases.first(where: { $0.koreanName == text }) else { return nil }
        self = type
    }
}

/// The complexity class of a function under 정통법.
public enum Complexity: String, Sendable, CaseIterable, Codable {
    /// 단순 (low).
    case low
    /// 보통 (average).
    case average
    /// 복잡 (high).
    case high

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .low: "단순"
        case .average: "보통"
        case .high: "복잡"
        }
    }

    /// The accepted spellings, listed in error messages.
    public static let acceptedSpellings = "low, average, high (또는 단순, 보통, 복잡)"

    /// Reads a complexity from `low/average/high`, `L/A/H` or `단순/보통/복잡`.
    public init?(spelling: some StringProtocol) {
        switch spelling.trimmingWhiteSpace.lowercased() {
        case "low", "l", "단순", "저": self = .low
        case "average", "avg", "a", "보통", "중": self = .average
        case "high", "h", "복잡", "고": self = .high
        default: return nil
        }
    }
}
