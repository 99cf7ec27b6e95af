/// The result of an FP estimate, every figure with its trace.
public struct FunctionPointEstimate: Sendable {
    /// The guide edition year used.
    public var edition: Int
    /// The edition's title.
    public var editionTitle: String
    /// The counted size.
    public var count: FunctionPointCount
    /// 기능점수당 단가.
    public var unitPrice: Won
    /// The ordered share of the full development, in percent (100 for the whole).
    public var phaseSharePercent: ExactDecimal
    /// The phases ordered.
    public var phases: PhaseSelection
    /// 규모 보정계수.
    public var sizeFactor: ExactDecimal
    /// The four level-rated factors as applied.
    public var factors: [AppliedFactor]
    /// 보정전 개발원가.
    public var unadjustedCost: Won
    /// 개발원가 (보정후).
    public var adjustedCost: Won
    /// 이윤율 used (percent).
    public var profitPercent: ExactDecimal
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
    /// Every step of the calculation.
    public var trace: [TraceStep]
    /// Assumptions made and cautions about figures.
    public var notes: [EstimateNote]
    /// Every rate-book figure used, in order of first use.
    public var rates: [RateReference]

    /// The vendor's cost without margin: 개발원가 + 직접경비.
    public var costWithoutProfit: Won { Won(adjustedCost.value + directExpenses.value) }

    /// The function-point total.
    public var functionPoints: ExactDecimal { count.total }
}
