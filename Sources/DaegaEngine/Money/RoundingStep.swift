/// A named rounding step: a rule and the unit (in won) the result is a multiple of.
///
/// `RoundingStep(rule: .towardZero, unit: 1000)` is "천원 미만 절사".
public struct RoundingStep: Sendable, Hashable, Codable {
    /// How the fraction is treated.
    public var rule: RoundingRule
    /// The unit in won that the result is a whole multiple of (1, 10, 100, 1000 …).
    public var unit: Int64

    /// Creates a rounding step.
    /// - Parameters:
    ///   - rule: how the fraction is treated.
    ///   - unit: the unit in won; must be positive.
    public init(rule: RoundingRule, unit: Int64 = 1) {
        precondition(unit > 0, "rounding unit must be positive")
        self.rule = rule
        self.unit = unit
    }

    /// Banker's rounding to the won: the rule that reproduces the guide's FP examples.
    public static let wonHalfEven = RoundingStep(rule: .toNearestOrEven, unit: 1)
    /// 원 미만 절사: the fraction of a won is dropped.
    public static let wonTruncate = RoundingStep(rule: .towardZero, unit: 1)

    /// Korean description, e.g. "1원 단위 오사오입(짝수 반올림)".
    public var koreanDescription: String { "\(Won(unit).grouped)원 단위 \(rule.koreanName)" }
    /// English description, e.g. "round half to even to 1 won".
    public var englishDescription: String { "\(rule.englishName) to \(Won(unit).grouped) won" }

    /// Rounds `numerator / denominator` won to this step.
    /// - Throws: `DaegaError` with code `amountOverflow` when the result does not fit.
    public func apply(_ numerator: Int128, over denominator: Int128, what: String) throws -> Won {
        // In 64 bits when the operands fit, as nearly every amount does; the same quotient as the 128-bit path.
        if let narrowNumerator = Int64(exactly: numerator), let narrowDenominator = Int64(exactly: denominator) {
            return try applyNarrow(narrowNumerator, over: narrowDenominator, what: what)
        }
        return try applyWide(numerator, over: denominator, what: what)
    }

    /// Rounds `numerator / denominator` won to this step, with 64-bit operands.
    /// - Throws: `DaegaError` with code `amountOverflow` when the result does not fit.
    func applyNarrow(_ numerator: Int64, over denominator: Int64, what: String) throws -> Won {
        let (divisor, divisorOverflow) = denominator.multipliedReportingOverflow(by: unit)
        guard !divisorOverflow else { return try applyWide(Int128(numerator), over: Int128(denominator), what: what) }
        let (value, overflow) = rule.divideNarrow(numerator, by: divisor).multipliedReportingOverflow(by: unit)
        guard !overflow else { throw DaegaError.amountOverflow(what) }
        return Won(value)
    }

    /// The 128-bit path of `apply`, whatever the operands' size.
    func applyWide(_ numerator: Int128, over denominator: Int128, what: String) throws -> Won {
        let units = rule.divideWide(numerator, by: denominator * Int128(unit))
        let (result, overflow) = units.multipliedReportingOverflow(by: Int128(unit))
        guard !overflow, let value = Int64(exactly: result) else {
            throw DaegaError.amountOverflow(what)
        }
        return Won(value)
    }
}
