/// The five factors of the maintenance-difficulty score (유지관리 난이도, TMP), guide 2018 onward.
public enum DifficultyFactorKind: String, Sendable, CaseIterable, Codable {
    /// 유지관리 횟수: changes per year.
    case frequency
    /// 시스템 사용자수.
    case users
    /// 시스템 중요도.
    case importance
    /// 타시스템 연계.
    case interfaces
    /// 오류복구 신속성.
    case recovery

    /// The position in `allCases` (0…4), the index of the factor in the core's fixed-size arrays.
    public var ordinal: Int {
        switch self {
        case .frequency: 0
        case .users: 1
        case .importance: 2
        case .interfaces: 3
        case .recovery: 4
        }
    }
}
