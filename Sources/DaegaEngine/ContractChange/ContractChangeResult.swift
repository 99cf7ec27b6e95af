/// The 변경관리내역서 of one change: items, the adjusted contract, the period and the findings, with every rule used.
public struct ContractChangeResult: Sendable {
    /// The contract amount as awarded (VAT 포함).
    public var originalContract: Won
    /// The contract amount after the change (VAT 포함).
    public var adjustedContract: Won
    /// `adjustedContract − originalContract`.
    public var adjustment: Won
    /// The adjustment as a percentage of the original contract, two decimals.
    public var adjustmentPercent: ExactDecimal
    /// Whether the adjustment reaches the 과업심의위원회 line.
    public var committeeRequired: Bool
    /// 낙찰률 in percent (three decimals).
    public var awardRatioPercent: ExactDecimal
    /// The unit prices the items were priced with.
    public var unitPrices: ChangeUnitPrices
    /// The step every unit price and item amount was rounded by (the book's `[contract_change]` rounding).
    public var rounding: RoundingStep
    /// For a maintenance contract, the months the change-time unit price's maintenance fee covers (12: yearly);
    /// `nil` when it is a development cost.
    public var changeTimeMonths: Int?
    /// The agreed unit price, when one was given.
    public var agreedUnitPrice: Won?
    /// Who asked for the change.
    public var requester: ChangeRequester
    /// The contract law and its pricing clauses.
    public var clauses: Sourced<ChangePricingClauses>
    /// The items the change touches, in list order.
    public var items: [ContractChangeItem]
    /// Function points as awarded and after the change.
    public var pointsBefore: ExactDecimal, pointsAfter: ExactDecimal
    /// The contract period in months and the months added.
    public var contractMonths: Int, addedMonths: Int
    /// The period the changed scope needs with the contract's team size (적정 사업기간 scaled by effort), one decimal
    /// rounded up; `nil` without a productivity table.
    public var properMonthsSameTeam: ExactDecimal?
    /// The findings, most serious first.
    public var findings: [Finding]
    /// Every rate-book rule used, in order of first use.
    public var rates: [RateReference]
    /// Assumptions behind the unit prices (editions used, what the contract unit price includes).
    public var notes: [EstimateNote] = []

    /// The period after the change.
    public var adjustedMonths: Int { contractMonths + addedMonths }
}
