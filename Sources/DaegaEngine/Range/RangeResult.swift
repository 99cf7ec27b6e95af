/// A simulated range: P10/P50/P90 of each method's cost and of the proper cost, and, against a budget, the chance
/// that it covers the proper cost and that a typical winning bid does not lose money.
public struct RangeResult: Sendable {
    /// The settings the simulation ran with.
    public var settings: RangeSettings
    /// The stage's size band, when the size was not taken as exact.
    public var band: StageBand?
    /// The function-point cost (VAT 포함) of the samples, when a scope was given.
    public var functionPoints: CostQuantiles?
    /// The man-month cost (VAT 포함) of the samples, when staffing was given.
    public var manMonths: CostQuantiles?
    /// The proper cost (VAT 포함) of the samples: the FP cost where a scope is given, else the man-month cost.
    public var properCost: CostQuantiles
    /// The point estimate's proper cost (VAT 포함), from the same inputs without sampling.
    public var pointCost: Won
    /// The budget (VAT 포함), when one was checked.
    public var budget: Won?
    /// Share of samples whose proper cost the budget covers, in thousandths.
    public var coveragePermille: Int?
    /// Share of samples in which a winning bid at the typical award ratio still covers the vendor's cost, in thousandths.
    public var noLossPermille: Int?
    /// What was varied and what was not, in words.
    public var variations: [EstimateNote]
    /// The rate-book figures that set the variation.
    public var references: [RateReference]

    /// The point estimate's cumulative probability (share of samples at or below it), in thousandths.
    public var pointPermille: Int { properCost.permilleAtOrBelow(pointCost) }
}
