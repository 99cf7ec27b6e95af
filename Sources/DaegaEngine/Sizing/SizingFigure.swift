/// A sizing figure with its rate-book reference and what kind of reference it is.
public struct SizingFigure<Value: Sendable>: Sendable {
    /// The figure.
    public var value: Value
    /// Where it came from.
    public var reference: RateReference
    /// Foreign, historical or daega's convention.
    public var origin: ReferenceOrigin

    /// Pairs a figure with its reference and origin.
    public init(_ value: Value, _ reference: RateReference, origin: ReferenceOrigin) {
        self.value = value
        self.reference = reference
        self.origin = origin
    }
}

/// A stage's size band: the expected growth to delivery and the low and high multipliers around the grown size.
public struct StageBand: Sendable, Equatable {
    /// Likely size at delivery ÷ size counted at the stage.
    public var growth: ExactDecimal
    /// Low multiplier of the likely size.
    public var low: ExactDecimal
    /// High multiplier of the likely size.
    public var high: ExactDecimal

    /// Creates a band; `low ≤ 1 ≤ high` is the reader's duty.
    public init(growth: ExactDecimal, low: ExactDecimal, high: ExactDecimal) {
        self.growth = growth
        self.low = low
        self.high = high
    }
}
