/// A maintenance budget to check: an amount or the rate the budget states.
public enum MaintenanceBudget: Sendable, Equatable {
    /// The first year's budget in won (VAT 별도), compared with the first year of the estimate.
    case amount(Won)
    /// The maintenance rate the budget states (percent), checked against every part.
    case ratePercent(ExactDecimal)
}
