extension ExactDecimal {
    /// The quotient `self ÷ divisor` with exactly `places` decimals, rounded by `rule`.
    /// - Parameters:
    ///   - divisor: the number to divide by.
    ///   - places: decimals kept in the result (0…12).
    ///   - rule: how the dropped digits are rounded.
    /// - Returns: `nil` when `divisor` is zero or the result does not fit.
    public func divided(by divisor: ExactDecimal, places: Int, rule: RoundingRule) -> ExactDecimal? {
        guard divisor.significand != 0, (0...Self.maximumScale).contains(places) else { return nil }
        // In 64 bits when the rescaled operands fit (a 64-bit quotient always fits); else in 128.
        if let numerator = Self.narrowScaled(significand, by: divisor.scale + places), numerator != .min,
           let denominator = Self.narrowScaled(divisor.significand, by: scale), denominator != .min {
            let units = denominator < 0 ? rule.divideNarrow(-numerator, by: -denominator) : rule.divideNarrow(numerator, by: denominator)
            return ExactDecimal(significand: units, scale: places)
        }
        var numerator = Int128(significand) * Self.powerOfTen(divisor.scale + places)
        var denominator = Int128(divisor.significand) * Self.powerOfTen(scale)
        if denominator < 0 {
            numerator = -numerator
            denominator = -denominator
        }
        guard let units = Int64(exactly: rule.divide(numerator, by: denominator)) else { return nil }
        return ExactDecimal(significand: units, scale: places)
    }
}
