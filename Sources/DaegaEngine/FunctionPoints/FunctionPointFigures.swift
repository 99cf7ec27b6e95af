/// One adjustment factor as the core applied it: the level, its value, and the cost after multiplying by it.
public struct AppliedFactorFigures: Sendable, Equatable, BitwiseCopyable {
    /// The level used.
    public var level: Int
    /// The multiplier.
    public var value: ExactDecimal
    /// True when no level was given and the neutral one (value 1.00) was taken.
    public var assumed: Bool
    /// 개발원가 after this factor, rounded by the chain rounding.
    public var costAfter: Won
}

/// Every number of an FP estimate, as ``FunctionPointCore`` computes it: the explanation renders these and never
/// recomputes one.
public struct FunctionPointFigures: Sendable, BitwiseCopyable {
    /// The function-point size.
    public var functionPoints: ExactDecimal
    /// The ordered share of the full development, in percent.
    public var sharePercent: ExactDecimal
    /// 보정전 개발원가 = FP × 단가 × 발주 비중.
    public var unadjustedCost: Won
    /// 규모 보정계수.
    public var sizeFactor: ExactDecimal
    /// 개발원가 after the size factor.
    public var costAfterSize: Won
    /// The four level-rated factors in `AdjustmentFactorKind.allCases` order.
    public var factors: InlineArray<4, AppliedFactorFigures>
    /// 이윤율 used (percent).
    public var profitPercent: ExactDecimal
    /// True when the profit rate was given rather than the edition's default.
    public var profitGiven: Bool
    /// 이윤.
    public var profit: Won
    /// 직접경비.
    public var directExpenses: Won
    /// 소프트웨어 개발비 (VAT 별도).
    public var total: Won
    /// 부가가치세.
    public var vat: Won
    /// 소프트웨어 개발비 (VAT 포함).
    public var totalWithVAT: Won

    /// 개발원가 (보정후): the cost after the last factor.
    public var adjustedCost: Won { factors[factors.count - 1].costAfter }

    /// The vendor's cost without profit: 개발원가 + 직접경비.
    public var costWithoutProfit: Won { Won(adjustedCost.value + directExpenses.value) }
}
