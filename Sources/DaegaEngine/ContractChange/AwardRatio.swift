/// 낙찰률: the contract amount as an exact fraction of the estimated price (예정가격) it was awarded against.
public struct AwardRatio: Sendable, Equatable {
    /// The numerator of the fraction.
    public var numerator: Int64
    /// The denominator of the fraction (positive).
    public var denominator: Int64

    /// A ratio given in percent, e.g. 87.745.
    public init(percent: ExactDecimal) {
        numerator = percent.significand
        denominator = Int64(ExactDecimal.powerOfTen(percent.scale)) * 100
    }

    /// The ratio of a contract amount to the estimated price.
    public init(contract: Won, estimate: Won) {
        numerator = contract.value
        denominator = estimate.value
    }

    /// The ratio in percent with three decimals, rounded half away from zero, for display.
    public var percent: ExactDecimal {
        ExactDecimal(significand: Int64(RoundingRule.toNearestOrAway.divide(Int128(numerator) * 100_000, by: Int128(denominator))),
                     scale: 3)
    }

    /// Whether the ratio is above 100%.
    public var isAboveWhole: Bool { numerator > denominator }

    /// Whether the ratio is below `percent` (compared exactly).
    public func isBelow(percent bound: ExactDecimal) -> Bool {
        Int128(numerator) * 100 * ExactDecimal.powerOfTen(bound.scale) < Int128(bound.significand) * Int128(denominator)
    }

    /// `amount × ratio`, rounded by `step`.
    /// - Throws: `DaegaError.amountOverflow` naming `what`.
    public func applied(to amount: Won, rounding step: RoundingStep, what: String) throws -> Won {
        try step.apply(Int128(amount.value) * Int128(numerator), over: Int128(denominator), what: what)
    }

    /// `amount ÷ ratio`, rounded by `step` (the estimated price behind a contract amount).
    /// - Throws: `DaegaError.amountOverflow` naming `what`.
    public func removed(from amount: Won, rounding step: RoundingStep, what: String) throws -> Won {
        try step.apply(Int128(amount.value) * Int128(denominator), over: Int128(numerator), what: what)
    }
}
