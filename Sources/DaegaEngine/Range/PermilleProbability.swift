extension Int {
    /// Thousandths as an exact probability with three decimals (e.g. 875 → 0.875).
    public var permilleProbability: ExactDecimal { ExactDecimal(significand: Int64(self), scale: 3) }
}
