/// Every finding code the engine can emit: the catalogue docs/findings.md lists, and a test keeps the two and the
/// engine's sources in step.
public enum FindingCode: String, CaseIterable, Sendable {
    case coverageBelowGuide = "coverage_below_guide"
    case coverageTypicalBidBelowBreakEven = "coverage_typical_bid_below_break_even"
    case coverageFullBudgetBelowBreakEven = "coverage_full_budget_below_break_even"
    case overheadBelowFloor = "overhead_below_floor"
    case technicalFeeBelowFloor = "technical_fee_below_floor"
    case wageTableOutdated = "wage_table_outdated"
    case applicationRateBelowRange = "application_rate_below_range"
    case applicationRateBelowDifficulty = "application_rate_below_difficulty"
    case commercialRateBelowFloor = "commercial_rate_below_floor"
    case commercialRateBelowGrade = "commercial_rate_below_grade"
    case budgetBelowEstimate = "budget_below_estimate"
    case rateNotStated = "rate_not_stated"
    case durationTooShort = "duration_too_short"
    case participationPool = "participation_pool"
    case participationJustBelowThreshold = "participation_just_below_threshold"
    case directPurchaseApplies = "direct_purchase_applies"
    case directPurchaseExcluded = "direct_purchase_excluded"
    case taskReviewApplies = "task_review_applies"
}
