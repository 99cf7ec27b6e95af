import Foundation

/// The 규모 보정계수: a fixed value below and above two bounds, a log-quadratic curve between them.
///
/// `factor = coefficient × (ln FP − logCenter)² + base`, rounded to `decimals` places (half away from zero).
public struct SizeFactorCurve: Sendable, Equatable {
    /// Below this FP the factor is `lowerValue` (guide: 500).
    public var lowerBound: ExactDecimal
    /// The factor below `lowerBound` (guide: 1.2800).
    public var lowerValue: ExactDecimal
    /// Above this FP the factor is `upperValue` (guide: 3,000).
    public var upperBound: ExactDecimal
    /// The factor above `upperBound` (guide: 1.1530).
    public var upperValue: ExactDecimal
    /// The curve's coefficient (guide: 0.4057).
    public var coefficient: ExactDecimal
    /// The natural-log centre (guide: 7.1978).
    public var logCenter: ExactDecimal
    /// The curve's minimum (guide: 0.8878).
    public var base: ExactDecimal
    /// Decimal places of the result (guide: 4).
    public var decimals: Int

    /// Creates a curve.
    public init(lowerBound: ExactDecimal, lowerValue: ExactDecimal, upperBound: ExactDecimal, upperValue: ExactDecimal,
                coefficient: ExactDecimal, logCenter: ExactDecimal, base: ExactDecimal, decimals: Int) {
        self.lowerBound = lowerBound
        self.lowerValue = lowerValue
        self.upperBound = upperBound
        self.upperValue = upperValue
        self.coefficient = coefficient
        self.logCenter = logCenter
        self.base = base
        self.decimals = decimals
    }

    /// The factor for a function-point size.
    ///
    /// The logarithm is taken in `Double`; the result is rounded to `decimals` places, so only a value
    /// within 10⁻¹² of a rounding boundary could differ from an exact evaluation.
    public func factor(for functionPoints: ExactDecimal) -> ExactDecimal { Compiled(self).factor(for: functionPoints) }

    /// The curve with its figures converted once, for working out many sizes (a function-point book's).
    struct Compiled: Sendable {
        let lowerBound: ExactDecimal, upperBound: ExactDecimal
        /// The fixed values rounded to `decimals` places; `nil` when that does not fit.
        let lowerFactor: ExactDecimal?, upperFactor: ExactDecimal?
        let coefficient: Double, logCenter: Double, base: Double
        /// 10^decimals.
        let unitsPerOne: Double
        let decimals: Int

        init(_ curve: SizeFactorCurve) {
            lowerBound = curve.lowerBound
            upperBound = curve.upperBound
            lowerFactor = curve.lowerValue.rounded(toPlaces: curve.decimals, rule: .toNearestOrAway)
            upperFactor = curve.upperValue.rounded(toPlaces: curve.decimals, rule: .toNearestOrAway)
            coefficient = curve.coefficient.doubleValue
            logCenter = curve.logCenter.doubleValue
            base = curve.base.doubleValue
            unitsPerOne = pow(10, Double(curve.decimals))
            decimals = curve.decimals
        }

        /// ``SizeFactorCurve/factor(for:)``.
        func factor(for functionPoints: ExactDecimal) -> ExactDecimal {
            if functionPoints < lowerBound { return lowerFactor! }
            if functionPoints > upperBound { return upperFactor! }
            let distance = log(functionPoints.doubleValue) - logCenter
            let value = coefficient * distance * distance + base
            let scaled = (value * unitsPerOne).rounded(.toNearestOrAwayFromZero)
            return ExactDecimal(significand: Int64(scaled), scale: decimals)
        }
    }

    /// The formula in words, for traces.
    public var formulaText: LocalizedText {
        let curve = "\(coefficient) × (ln FP − \(logCenter))² + \(base)"
        return LocalizedText(
            ko: "FP < \(lowerBound.grouped): \(lowerValue), FP > \(upperBound.grouped): \(upperValue), 그 사이: \(curve) (소수 \(decimals)자리 반올림)",
            en: "FP < \(lowerBound.grouped): \(lowerValue); FP > \(upperBound.grouped): \(upperValue); between: \(curve) (rounded to \(decimals) places)")
    }
}
