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
