/// The profit rule of the FP method: a default rate and a cap, both as percentages of 개발원가.
public struct ProfitRule: Sendable, Equatable {
    /// The rate used when the user gives none.
    public var defaultPercent: ExactDecimal
    /// The highest rate allowed.
    public var capPercent: ExactDecimal

    /// Creates a rule.
    public init(defaultPercent: ExactDecimal, capPercent: ExactDecimal) {
        self.defaultPercent = defaultPercent
        self.capPercent = capPercent
    }
}

/// Every figure the function-point method needs from one guide edition.
public final class FunctionPointRates: Sendable {
    /// 기능점수당 단가 (원/FP).
    public let unitPrice: Sourced<Won>
    /// 이윤 default and cap.
    public let profit: Sourced<ProfitRule>
    /// 간이법 average weight per type.
    public let simpleWeights: Sourced<[FunctionType: ExactDecimal]>
    /// 정통법 weight per type and complexity.
    public let detailedWeights: Sourced<[FunctionType: [Complexity: ExactDecimal]]>
    /// The complexity matrix per type.
    public let matrices: [FunctionType: Sourced<ComplexityMatrix>]
    /// 규모 보정계수.
    public let sizeFactor: Sourced<SizeFactorCurve>
    /// The four level-rated factors.
    public let factors: [AdjustmentFactorKind: Sourced<AdjustmentFactorTable>]
    /// `factors` by position in `AdjustmentFactorKind.allCases`: the estimate walks them for every project, and
    /// indexing spares it hashing each kind.
    let factorsInOrder: [Sourced<AdjustmentFactorTable>?]
    /// The rounding after each multiplication of the chain.
    public let chainRounding: Sourced<RoundingStep>
    /// 단계별 가중치 (percent per phase), when the edition has them.
    public let phaseWeights: Sourced<[ProjectPhase: ExactDecimal]>?
    /// 설계·구축 분리발주 shares (percent), when the edition has them.
    public let splitWeights: Sourced<[SplitProject: ExactDecimal]>?
    /// 재개발 영향계수 by 기능변경률, when the edition has them.
    public let redevelopment: Sourced<ImpactFactorTable>?

    /// Creates the figure set.
    public init(unitPrice: Sourced<Won>, profit: Sourced<ProfitRule>,
                simpleWeights: Sourced<[FunctionType: ExactDecimal]>,
                detailedWeights: Sourced<[FunctionType: [Complexity: ExactDecimal]]>,
                matrices: [FunctionType: Sourced<ComplexityMatrix>], sizeFactor: Sourced<SizeFactorCurve>,
                factors: [AdjustmentFactorKind: Sourced<AdjustmentFactorTable>], chainRounding: Sourced<RoundingStep>,
                phaseWeights: Sourced<[ProjectPhase: ExactDecimal]>?, splitWeights: Sourced<[SplitProject: ExactDecimal]>?,
                redevelopment: Sourced<ImpactFactorTable>? = nil) {
        self.unitPrice = unitPrice
        self.profit = profit
        self.simpleWeights = simpleWeights
        self.detailedWeights = detailedWeights
        self.matrices = matrices
        self.sizeFactor = sizeFactor
        self.factors = factors
        factorsInOrder = AdjustmentFactorKind.allCases.map { factors[$0] }
        self.chainRounding = chainRounding
        self.phaseWeights = phaseWeights
        self.splitWeights = splitWeights
        self.redevelopment = redevelopment
    }
}
