/// One line of an early count: what was counted, the function type it became, and its points.
public struct SizedLine: Sendable, Equatable {
    /// What was counted: an early-count kind's name, or a requirement's id and name.
    public var label: LocalizedText
    /// The requirement's kind as written, or the early-count kind's key.
    public var kind: String
    /// The 1-based line in the requirement list, for listed requirements.
    public var line: Int?
    /// The function type it maps to (`nil` for the indicative count, which weighs data groups directly).
    public var type: FunctionType?
    /// How many.
    public var quantity: Int
    /// The weight per item.
    public var weight: ExactDecimal
    /// quantity × weight.
    public var points: ExactDecimal

    /// Creates a line.
    public init(label: LocalizedText, kind: String, line: Int?, type: FunctionType?, quantity: Int, weight: ExactDecimal, points: ExactDecimal) {
        self.label = label
        self.kind = kind
        self.line = line
        self.type = type
        self.quantity = quantity
        self.weight = weight
        self.points = points
    }
}

/// A low, likely and high value of the same quantity.
public struct ValueRange<Value: Sendable & Comparable>: Sendable {
    /// The low end.
    public var low: Value
    /// The likely value.
    public var likely: Value
    /// The high end.
    public var high: Value

    /// Creates a range.
    public init(low: Value, likely: Value, high: Value) {
        self.low = low
        self.likely = likely
        self.high = high
    }
}

extension ValueRange: Equatable where Value: Equatable {}

/// What to count next to narrow the range, with the band it would leave.
public struct NextCount: Sendable, Equatable {
    /// A stable code, e.g. `count_transactions`.
    public var code: String
    /// The advice in both languages.
    public var text: LocalizedText
    /// The size band's high ÷ low after following the advice (smaller is narrower).
    public var widthAfter: ExactDecimal

    /// Creates an advice.
    public init(code: String, text: LocalizedText, widthAfter: ExactDecimal) {
        self.code = code
        self.text = text
        self.widthAfter = widthAfter
    }
}

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
    /// The exact FP estimates of the low, likely and high sizes.
    public var costs: (low: FunctionPointEstimate, likely: FunctionPointEstimate, high: FunctionPointEstimate)
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
