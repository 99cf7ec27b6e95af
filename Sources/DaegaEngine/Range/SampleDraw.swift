/// One range sample's random choices, drawn by ``SamplingPlan``: what ``SamplePricer`` prices.
struct SampleDraw {
    /// The size multiplier (four decimals), or `nil` when the size is taken as exact.
    var multiplier: ExactDecimal?
    /// Every factor's level in `AdjustmentFactorKind.allCases` order: the given one, a drawn one, or `nil` (neutral).
    var levels: InlineArray<4, Int?>
    /// The 제경비율 drawn, or `nil` when the request gives one (or has no staffing).
    var overheadPercent: ExactDecimal? = nil
    /// The 기술료율 drawn, or `nil` when the request gives one (or has no staffing).
    var technicalFeePercent: ExactDecimal? = nil
}
