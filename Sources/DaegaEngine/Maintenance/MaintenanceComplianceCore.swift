/// The arithmetic and the decisions of a maintenance budget check, apart from the findings' sentences
/// (``MaintenanceComplianceWording``).
///
/// Rules: an application-SW rate must be at least the range's low end and at least the TMP-based rate; a
/// commercial-SW rate must be at least its grade's rate and at least the book's floor whatever the grade. A rate
/// equal to the threshold passes. Rates implied by an amount are annualised: amount × 12 / months of the first year.
public enum MaintenanceComplianceCore {
    /// `numerator / denominator` × 100 with two decimals, truncated so a shortfall is never rounded away;
    /// `nil` for a zero denominator.
    public static func percent(_ numerator: Int128, over denominator: Int128) -> ExactDecimal? {
        guard denominator > 0 else { return nil }
        let units = RoundingRule.towardZero.divide(numerator * 10_000, by: denominator)
        return Int64(exactly: units).map { ExactDecimal(significand: $0, scale: 2).normalized }
    }

    /// `part` as a percentage of `whole`, one decimal, truncated.
    public static func ratioPercent(_ part: ExactDecimal, of whole: ExactDecimal) -> ExactDecimal {
        let scale = max(part.scale, whole.scale)
        let numerator = Int128(part.significand) * ExactDecimal.powerOfTen(scale - part.scale) * 1_000
        let denominator = Int128(whole.significand) * ExactDecimal.powerOfTen(scale - whole.scale)
        return ExactDecimal(significand: Int64(RoundingRule.towardZero.divide(numerator, by: denominator)), scale: 1)
    }

    /// The shortfall when `rate` is below `threshold`; `nil` at or above it.
    @inline(__always)
    public static func shortfall(_ rate: ExactDecimal, below threshold: ExactDecimal) -> RateShortfall? {
        rate < threshold ? RateShortfall(rate: rate, threshold: threshold, ratioPercent: ratioPercent(rate, of: threshold)) : nil
    }

    /// An application-SW rate against the range's low end and the TMP-based rate.
    public static func application(rate: ExactDecimal, lowPercent: ExactDecimal, difficultyPercent: ExactDecimal) -> ApplicationRateCheck {
        ApplicationRateCheck(belowRange: shortfall(rate, below: lowPercent), belowDifficulty: shortfall(rate, below: difficultyPercent))
    }

    /// A commercial-SW rate against the book's floor (when it has one) and the required rate.
    public static func commercial(rate: ExactDecimal, required: ExactDecimal, floorPercent: ExactDecimal?) -> CommercialRateCheck {
        CommercialRateCheck(belowFloor: floorPercent.flatMap { shortfall(rate, below: $0) }, belowGrade: shortfall(rate, below: required))
    }

    /// `amount` as a percentage of the first year's total when it is below it (a budget of 0 won or more below a
    /// total is below a positive total, so the ratio always forms); `nil` at or above it.
    public static func belowFirstYear(_ amount: Won, firstYearTotal: Won) -> ExactDecimal? {
        guard amount < firstYearTotal else { return nil }
        return percent(Int128(amount.value), over: Int128(firstYearTotal.value))
    }

    /// The application-SW rate an amount implies: (amount × 12 − 직접경비 × months) / (basis × months).
    public static func impliedApplicationRate(amount: Won, directExpenses: Won, basis: Won, months: Int) -> ExactDecimal? {
        let spendable = Int128(amount.value) * 12 - Int128(directExpenses.value) * Int128(months)
        return percent(spendable, over: Int128(basis.value) * Int128(months))
    }

    /// The commercial-SW rate an amount implies: amount × 12 / (Σ licences × months).
    public static func impliedCommercialRate(amount: Won, licenses: Int128, months: Int) -> ExactDecimal? {
        percent(Int128(amount.value) * 12, over: licenses * Int128(months))
    }

    /// The products' weighted rate: Σ annual fees / Σ licences.
    public static func requiredCommercialRate(annualTotal: Won, licenses: Int128) -> ExactDecimal? {
        percent(Int128(annualTotal.value), over: licenses)
    }

    /// Σ the products' licence prices, exact.
    public static func licenseTotal(_ fees: [CommercialMaintenanceFee]) -> Int128 {
        var total: Int128 = 0
        for fee in fees { total += Int128(fee.product.licensePrice.value) }
        return total
    }
}
