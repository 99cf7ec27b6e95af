/// Where a budget stands against the proper cost and the vendor's break-even line.
public enum CoverageTier: String, Sendable, Equatable {
    /// Budget ≥ proper cost: no coverage finding.
    case adequate
    /// Below the proper cost, but a bid at the typical award ratio still covers break-even.
    case belowGuide = "below_guide"
    /// A typical winning bid falls below break-even, though a bid at the full budget covers it.
    case typicalBidBelowBreakEven = "typical_bid_below_break_even"
    /// Even a bid at the full budget is below break-even.
    case fullBudgetBelowBreakEven = "full_budget_below_break_even"

    /// The severity of the coverage finding for this tier (`nil` when adequate).
    public var severity: Severity? {
        switch self {
        case .adequate: nil
        case .belowGuide: .medium
        case .typicalBidBelowBreakEven: .high
        case .fullBudgetBelowBreakEven: .critical
        }
    }
}
