/// A function-point estimate and a man-month estimate of the same project side by side.
public struct MethodComparison: Sendable {
    /// The function-point estimate.
    @Boxed public var functionPoints: FunctionPointEstimate
    /// The man-month estimate.
    @Boxed public var manMonths: ManMonthEstimate
    /// The kind of work, which decides the method the guide expects.
    public var work: WorkKind
    /// Man-month total minus function-point total (VAT 별도).
    public var difference: Won
    /// Man-month total minus function-point total (VAT 포함).
    public var differenceWithVAT: Won
    /// The difference as a percentage of the function-point total (VAT 별도), one decimal.
    public var differencePercent: ExactDecimal?
    /// The plan's man-months, when every line can be stated in months.
    public var planManMonths: ExactDecimal?
    /// Function points per planned man-month (two decimals).
    public var impliedProductivity: ExactDecimal?
    /// The plan's total (VAT 별도) per man-month, rounded to the won.
    public var blendedMonthlyRate: Won?
    /// The man-months the function-point total would pay at the blended rate (two decimals).
    public var manMonthsAtFunctionPointCost: ExactDecimal?
    /// 1인 생산성 for this size from the 지침's bands (FP/MM).
    public var bandProductivity: Sourced<ExactDecimal>
    /// 1인 총투입기간 = FP ÷ 1인 생산성 (man-months, two decimals).
    public var requiredManMonths: ExactDecimal
    /// The planned duration in months, when given.
    public var plannedMonths: ExactDecimal?
    /// 적정 개발인력 수 = planned man-months ÷ planned months (two decimals).
    public var staff: ExactDecimal?
    /// 적정 사업기간 = 1인 총투입기간 ÷ 인력 수 (months, one decimal).
    public var properMonths: ExactDecimal?
    /// Why the two methods differ here and which one the guide expects, sentence by sentence.
    public var explanation: [LocalizedText]
    /// Every step of the comparison arithmetic.
    public var trace: [TraceStep]
    /// Cautions about the comparison.
    public var notes: [EstimateNote]
    /// Rate-book figures the comparison used (both estimates' and its own).
    public var rates: [RateReference]
}
