/// How a fractional amount is brought to a whole number of rounding units.
///
/// Names follow swift-numerics' `RoundingRule`; the Korean terms are the ones budget documents use.
///
/// | value | `towardZero` 절사 | `awayFromZero` 절상 | `toNearestOrAway` 반올림 | `toNearestOrEven` 오사오입 |
/// |------:|------:|------:|------:|------:|
/// |  2.5  |   2   |   3   |   3   |   2   |
/// |  3.5  |   3   |   4   |   4   |   4   |
/// |  2.4  |   2   |   3   |   2   |   2   |
/// | −2.5  |  −2   |  −3   |  −3   |  −2   |
public enum RoundingRule: String, Sendable, CaseIterable, Codable {
    /// 절사: drop the fraction (toward zero).
    case towardZero
    /// 절상: any fraction rounds up in magnitude.
    case awayFromZero
    /// 반올림: nearest, halves away from zero.
    case toNearestOrAway
    /// Banker's rounding: nearest, halves to the even neighbour.
    case toNearestOrEven

    /// The Korean name used in traces and memos.
    public var koreanName: String {
        switch self {
        case .towardZero: "절사"
        case .awayFromZero: "절상"
        case .toNearestOrAway: "반올림"
        case .toNearestOrEven: "오사오입(짝수 반올림)"
        }
    }

    /// The English name used in traces and memos.
    public var englishName: String {
        switch self {
        case .towardZero: "truncate"
        case .awayFromZero: "round up"
        case .toNearestOrAway: "round half away from zero"
        case .toNearestOrEven: "round half to even"
        }
    }

    /// Divides `numerator` by a positive `denominator` and rounds the quotient by this rule.
    /// - Parameters:
    ///   - numerator: the dividend, any sign.
    ///   - denominator: the divisor; must be positive.
    /// - Returns: the rounded quotient.
    public func divide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0, "rounding divisor must be positive")
        // One hardware division when both fit in 64 bits, as nearly all amounts do: 128-bit division is a library call.
        if let narrowNumerator = Int64(exactly: numerator), let narrowDenominator = Int64(exactly: denominator) {
            return Int128(divideNarrow(narrowNumerator, by: narrowDenominator))
        }
        return divideWide(numerator, by: denominator)
    }

    /// Divides `numerator` by a positive `denominator` in 64 bits and rounds the quotient by this rule, as the
    /// 128-bit `divide` does for the same operands (the rounded quotient of two 64-bit integers always fits).
    @inline(__always)
    func divideNarrow(_ numerator: Int64, by denominator: Int64) -> Int64 {
        precondition(denominator > 0, "rounding divisor must be positive")
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return round(quotient, remainder: remainder, negative: numerator < 0, denominator: denominator)
    }

    /// The 128-bit division, whatever the operands' size: `divide`'s path for operands past 64 bits.
    func divideWide(_ numerator: Int128, by denominator: Int128) -> Int128 {
        precondition(denominator > 0, "rounding divisor must be positive")
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return round(quotient, remainder: remainder, negative: numerator < 0, denominator: denominator)
    }

    /// The quotient truncated toward zero, moved one away from zero when this rule rounds the `remainder` (which
    /// has the numerator's sign) up in magnitude.
    @inline(__always)
    private func round<Integer: FixedWidthInteger & SignedInteger>(_ quotient: Integer, remainder: Integer, negative: Bool,
                                                           denominator: Integer) -> Integer {
        if remainder == 0 { return quotient }
        let direction: Integer = negative ? -1 : 1
        // Twice the remainder's magnitude is below twice the denominator, so it fits the unsigned type.
        let twiceRemainder = remainder.magnitude << 1
        let denominatorMagnitude = denominator.magnitude
        switch self {
        case .towardZero:
            return quotient
        case .awayFromZero:
            return quotient + direction
        case .toNearestOrAway:
            return twiceRemainder >= denominatorMagnitude ? quotient + direction : quotient
        case .toNearestOrEven:
            if twiceRemainder > denominatorMagnitude { return quotient + direction }
            if twiceRemainder < denominatorMagnitude { return quotient }
            return quotient & 1 == 0 ? quotient : quotient + direction
        }
    }
}
