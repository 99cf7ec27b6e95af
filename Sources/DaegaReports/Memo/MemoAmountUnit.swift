import DaegaEngine

/// The unit the memo's summary tables show amounts in; the 산출 과정 (붙임 1) is always in 원.
///
/// | unit | 747,579,185원 shows as | rounding |
/// |---|---|---|
/// | `won` | 747,579,185 | none |
/// | `thousandWon` | 747,579 | 1,000원 단위 반올림 |
/// | `millionWon` | 748 | 1,000,000원 단위 반올림 |
public enum MemoAmountUnit: String, Sendable, CaseIterable {
    /// 원.
    case won = "원"
    /// 천원.
    case thousandWon = "천원"
    /// 백만원.
    case millionWon = "백만원"

    /// Won in one unit.
    public var wonPerUnit: Int64 {
        switch self {
        case .won: 1
        case .thousandWon: 1_000
        case .millionWon: 1_000_000
        }
    }

    /// The rounding that brings an amount to a whole number of units (`nil` for 원, which needs none).
    public var rounding: RoundingStep? {
        self == .won ? nil : RoundingStep(rule: .toNearestOrAway, unit: wonPerUnit)
    }

    /// `amount` as a whole number of units with thousands separators, without the unit's name.
    public func figure(_ amount: Won) -> String {
        guard let rounding else { return amount.grouped }
        return Won(Int64(rounding.rule.divide(Int128(amount.value), by: Int128(wonPerUnit)))).grouped
    }

    /// The line above a table of amounts: `(단위: 천원, 1,000원 단위 반올림)`.
    func caption(_ language: Language) -> String {
        let english = ["원": "won", "천원": "thousand won", "백만원": "million won"][rawValue]!
        guard let rounding else { return language == .ko ? "(단위: 원)" : "(unit: won)" }
        return language == .ko ? "(단위: \(rawValue), \(rounding.koreanDescription))" : "(unit: \(english), \(rounding.englishDescription))"
    }
}
