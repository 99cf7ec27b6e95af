/// A maintenance budget to check: an amount or the rate the budget states.
public enum MaintenanceBudget: Sendable, Equatable {
    /// The first year's budget in won (VAT 별도), compared with the first year of the estimate.
    case amount(Won)
    /// The maintenance rate the budget states (percent), checked against every part.
    case ratePercent(ExactDecimal)
}

extension MaintenanceBudget {
    /// The first maintenance year's part of a tender budget, VAT 별도: the budget spread over the proper cost in
    /// proportion, ⌊budget × first year (VAT 별도) ÷ proper cost⌋, with the proper cost VAT 포함 or 별도 as the budget is.
    /// - Parameters:
    ///   - budget: the tender budget as given.
    ///   - excludesVAT: whether the budget is VAT 별도.
    ///   - properCost: the maintenance tender's proper cost.
    ///   - firstYear: the first year's maintenance total, VAT 별도.
    public static func firstYearShare(of budget: Won, excludesVAT: Bool, properCost: ProperCost, firstYear: Won) -> Won {
        let whole = excludesVAT ? properCost.total : properCost.totalWithVAT
        guard whole > .zero else { return .zero }
        return Won(Int64(RoundingRule.towardZero.divide(Int128(budget.value) * Int128(firstYear.value), by: Int128(whole.value))))
    }
}
