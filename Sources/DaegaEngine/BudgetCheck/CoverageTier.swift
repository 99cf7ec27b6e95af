/// Where a budget stands against the proper cost and the vendor's break-even line.
public enum CoverageTier: String, Sendable, BitwiseCopyable, Equatable {
    /// Budget ≥ proper cost: no coverage finding.
    case adequate
    /// Below the proper cost, but a bid at the typical award ratio still covers break-even.
    case belowGuide = "below_guide"
    /// A typical winning bid falls below break-even, though a bid at the full budget covers it.
    case typicalBidBelowBreakEven = "typical_bid_below_break_even"
    /// Even a bid at the full budget is below break-even.
    case fullBudgetBelowBreakEven = "full_budget_below_break_even"

    /// The code of the coverage finding for this tier (`nil` when adequate).
    public var findingCode: FindingCode? {
        switch self {
        case .adequate: nil
        case .belowGuide: .coverageBelowGuide
        case .typicalBidBelowBreakEven: .coverageTypicalBidBelowBreakEven
        case .fullBudgetBelowBreakEven: .coverageFullBudgetBelowBreakEven
        }
    }

    /// The severity of the coverage finding for this tier (`nil` when adequate).
    public var severity: Severity? {
        switch self {
        case .adequate: nil
        case .belowGuide: .medium
        case .typicalBidBelowBreakEven: .high
        case .fullBudgetBelowBreakEven: .critical
        }
    }

    /// The tier's name in a sentence.
    public var label: LocalizedText {
        switch self {
        case .adequate: LocalizedText(ko: "적정", en: "adequate")
        case .belowGuide: LocalizedText(ko: "가이드 미달(통상 낙찰가는 손익분기 이상)", en: "below the guide, a typical bid still breaking even")
        case .typicalBidBelowBreakEven: LocalizedText(ko: "통상 낙찰가가 손익분기 미만", en: "a typical bid below break-even")
        case .fullBudgetBelowBreakEven: LocalizedText(ko: "예산 전액도 손익분기 미만", en: "even the full budget below break-even")
        }
    }
}
