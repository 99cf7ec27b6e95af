/// An amount of won multiplied exactly by decimals, kept as a fraction until one rounding step ends it.
struct ExactProduct {
    /// The product's numerator.
    private(set) var numerator: Int128
    /// The product's denominator (a power of ten).
    private(set) var denominator: Int128 = 1

    /// Starts from an amount.
    @inline(__always)
    init(_ amount: Won) { numerator = Int128(amount.value) }

    /// Multiplies by `factor` exactly.
    /// - Throws: `DaegaError.amountOverflow` naming `what` when the fraction no longer fits in 128 bits.
    @inline(__always)
    mutating func multiply(by factor: ExactDecimal, what: String) throws {
        let (product, overflow) = numerator.multipliedReportingOverflow(by: Int128(factor.significand))
        guard !overflow else { throw DaegaError.amountOverflow(what) }
        numerator = product
        let (scaled, scaleOverflow) = denominator.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(factor.scale))
        guard !scaleOverflow else { throw DaegaError.amountOverflow(what) }
        denominator = scaled
    }
}
