/// The budget check's numbers for one budget against one proper cost, as ``BudgetCheckCore`` computes them.
public struct CoverageFigures: Sendable, Equatable, BitwiseCopyable {
    /// 예산 충족률: budget ÷ proper cost (VAT 포함), one decimal (truncated below 100%).
    public var coveragePercent: ExactDecimal
    /// 손익분기 비율: cost without margin ÷ proper cost (VAT 별도), one decimal.
    public var breakEvenPercent: ExactDecimal
    /// The coverage at which a bid at the typical award ratio breaks even, one decimal.
    public var typicalBidBreakEvenPercent: ExactDecimal
    /// Where the coverage falls.
    public var tier: CoverageTier
    /// 부족액 (VAT 포함); zero when the budget covers the proper cost.
    public var shortfall: Won
    /// The budget at which a full bid breaks even, and at which a bid at the typical award ratio does (VAT 포함).
    public var budgetNeededBreakEven: Won, budgetNeededTypicalAward: Won
}
