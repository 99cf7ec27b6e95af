/// An amount of won multiplied exactly by decimals, kept as a fraction until one rounding step ends it.
///
/// The fraction stays in 64 bits while it fits, as nearly every amount's does, and moves to 128 bits for good the
/// first time it would not: the same fraction either way, so the same rounded amount.
struct ExactProduct {
    /// The fraction in 64 bits, while `isWide` is false.
    private var narrowNumerator: Int64, narrowDenominator: Int64 = 1
    /// The fraction in 128 bits, once `isWide` is true.
    private var wideNumerator: Int128 = 0, wideDenominator: Int128 = 1
    private var isWide = false

    /// Starts from an amount.
    @inline(__always)
    init(_ amount: Won) { narrowNumerator = amount.value }

    /// Multiplies by `factor` exactly.
    /// - Throws: `DaegaError.amountOverflow` naming `what` when the fraction no longer fits in 128 bits.
    @inline(__always)
    mutating func multiply(by factor: ExactDecimal, what: String) throws {
        if !isWide && factor.scale < ExactDecimal.narrowPowersOfTen.count {
            let (numerator, overflow) = narrowNumerator.multipliedReportingOverflow(by: factor.significand)
            let (denominator, scaleOverflow) = narrowDenominator.multipliedReportingOverflow(by: ExactDecimal.narrowPowersOfTen[factor.scale])
            if !overflow && !scaleOverflow {
                (narrowNumerator, narrowDenominator) = (numerator, denominator)
                return
            }
        }
        if !isWide {
            (wideNumerator, wideDenominator, isWide) = (Int128(narrowNumerator), Int128(narrowDenominator), true)
        }
        let (product, overflow) = wideNumerator.multipliedReportingOverflow(by: Int128(factor.significand))
        guard !overflow else { throw DaegaError.amountOverflow(what) }
        wideNumerator = product
        let (scaled, scaleOverflow) = wideDenominator.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(factor.scale))
        guard !scaleOverflow else { throw DaegaError.amountOverflow(what) }
        wideDenominator = scaled
    }

    /// The fraction rounded by `step`.
    /// - Throws: `DaegaError.amountOverflow` naming `what` when the result does not fit.
    @inline(__always)
    func rounded(by step: RoundingStep, what: String) throws -> Won {
        isWide ? try step.apply(wideNumerator, over: wideDenominator, what: what)
            : try step.applyNarrow(narrowNumerator, over: narrowDenominator, what: what)
    }
}
