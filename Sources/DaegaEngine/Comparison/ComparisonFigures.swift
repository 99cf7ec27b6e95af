/// Every number of a method comparison, as ``ComparisonCore`` computes it.
public struct ComparisonFigures: Sendable, Equatable, BitwiseCopyable {
    /// 투입공수 − 기능점수, VAT 별도 and VAT 포함.
    public var difference: Won, differenceWithVAT: Won
    /// The difference as a percentage of the FP total (one decimal), when that total is not zero.
    public var differencePercent: ExactDecimal?
    /// FP ÷ planned man-months (two decimals), when the plan's man-months are known.
    public var impliedProductivity: ExactDecimal?
    /// The man-month total ÷ planned man-months, rounded half away from zero to the won.
    public var blendedMonthlyRate: Won?
    /// The FP total ÷ the blended rate (two decimals).
    public var manMonthsAtFunctionPointCost: ExactDecimal?
    /// The productivity band's FP per man-month.
    public var bandProductivity: ExactDecimal
    /// 1인 총투입기간 = FP ÷ productivity (two decimals).
    public var requiredManMonths: ExactDecimal
    /// Planned man-months ÷ planned months (two decimals), when both are known and positive.
    public var staff: ExactDecimal?
    /// 적정 사업기간 = required man-months ÷ staff (one decimal).
    public var properMonths: ExactDecimal?
}
