/// An early size with its range, and the cost of the low, likely and high sizes by one guide edition.
public struct SizeEstimate: Sendable {
    /// The method the count allowed.
    public var method: SizingMethod
    /// The stage.
    public var stage: SizingStage
    /// The stage's growth and band.
    public var band: StageBand
    /// The method's expected error (±percent).
    public var errorPercent: ExactDecimal
    /// The counted lines.
    public var lines: [SizedLine]
    /// The size counted at the stage, before growth.
    public var countedFunctionPoints: ExactDecimal
    /// Low, likely and high function points (one decimal).
    public var functionPoints: ValueRange<ExactDecimal>
    /// The exact FP figures of the low and high sizes, and the full estimate (with its trace) of the likely one.
    public var costs: (low: FunctionPointFigures, likely: FunctionPointEstimate, high: FunctionPointFigures)
    /// What to count next, the most narrowing first.
    public var nextToCount: [NextCount]
    /// The sizing figures used, with their origins.
    public var sizingReferences: [(reference: RateReference, origin: ReferenceOrigin)]
    /// Assumptions made.
    public var notes: [EstimateNote]

    /// The cost (VAT 포함) of the low, likely and high sizes.
    public var costWithVAT: ValueRange<Won> {
        ValueRange(low: costs.low.totalWithVAT, likely: costs.likely.totalWithVAT, high: costs.high.totalWithVAT)
    }

    /// The cost (VAT 별도) of the low, likely and high sizes.
    public var costWithoutVAT: ValueRange<Won> {
        ValueRange(low: costs.low.total, likely: costs.likely.total, high: costs.high.total)
    }
}
