/// A rating of one maintenance-difficulty factor: 단순, 보통 or 복잡.
public enum MaintenanceRating: String, Sendable, BitwiseCopyable, CaseIterable, Codable {
    /// 단순.
    case simple
    /// 보통.
    case normal
    /// 복잡.
    case complex

    /// The Korean name.
    public var koreanName: String {
        switch self {
        case .simple: "단순"
        case .normal: "보통"
        case .complex: "복잡"
        }
    }

    /// The position in `allCases` (0…2): 단순, 보통, 복잡.
    public var ordinal: Int {
        switch self {
        case .simple: 0
        case .normal: 1
        case .complex: 2
        }
    }

    /// Parses `단순`/`보통`/`복잡` or `simple`/`normal`/`complex` (any letter case).
    /// - Parameters:
    ///   - text: the rating as typed.
    ///   - location: where it was typed, for the error.
    /// - Throws: `DaegaError.maintenanceRating` listing the valid ratings.
    public static func parse(_ text: String, at location: InputLocation) throws -> MaintenanceRating {
        let word = String(text.filter { !$0.isWhitespace }).lowercased()
        guard let rating = allCases.first(where: { $0.rawValue == word || $0.koreanName == word }) else {
            throw DaegaError(.maintenanceRating, at: location, "난이도 평가 '\(text)'은(는) 알 수 없습니다",
                             expected: "단순/보통/복잡 또는 simple/normal/complex")
        }
        return rating
    }
}
