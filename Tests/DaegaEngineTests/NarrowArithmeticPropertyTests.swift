@testable import DaegaEngine
import DaegaTestSupport
import Testing

/// The 64-bit fast paths of the money arithmetic give what the 128-bit paths give, for every rounding rule, over
/// random operands and the edges: negative, zero, exact halves and one either side of them, the 64-bit extremes.
@Suite struct NarrowArithmeticPropertyTests {
    /// Numerators at the edges of 64 bits and of small amounts.
    static let edgeNumerators: [Int64] = [0, 1, -1, 2, -2, 5, -5, 7, -7, .max, .min, .max - 1, .min + 1, .max / 2, .min / 2]
    /// Divisors at the edges (always positive).
    static let edgeDenominators: [Int64] = [1, 2, 3, 10, 100, 1_000, 10_000, .max, .max - 1, .max / 2, 1 << 32]

    /// A numerator: an edge, a random 64-bit value, a small amount, or an exact half of `denominator` (± 1) times a
    /// random quotient, so ties are drawn often.
    static func numerator(over denominator: Int64, _ generator: inout SeededGenerator) -> Int64 {
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: return edgeNumerators.randomElement(using: &generator)!
        case 1: return Int64.random(in: .min ... .max, using: &generator)
        case 2: return Int64.random(in: -100_000 ... 100_000, using: &generator)
        default:
            let quotient = Int64.random(in: -1_000_000 ... 1_000_000, using: &generator)
            let (base, overflow) = quotient.multipliedReportingOverflow(by: denominator)
            guard !overflow else { return quotient }
            let half = denominator / 2, offset = Int64.random(in: -1 ... 1, using: &generator)
            let (tie, tieOverflow) = base.addingReportingOverflow(quotient < 0 ? -half : half)
            return tieOverflow ? base : tie &+ offset
        }
    }

    static func denominator(_ generator: inout SeededGenerator) -> Int64 {
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: edgeDenominators.randomElement(using: &generator)!
        case 1: Int64.random(in: 1 ... .max, using: &generator)
        default: Int64.random(in: 1 ... 1_000, using: &generator)
        }
    }

    @Test(arguments: RoundingRule.allCases)
    func divisionInSixtyFourBitsEqualsTheWideDivision(rule: RoundingRule) {
        var generator = SeededGenerator(seed: 64)
        var pairs: [(Int64, Int64)] = []
        for numerator in Self.edgeNumerators { for denominator in Self.edgeDenominators { pairs.append((numerator, denominator)) } }
        for _ in 0..<20_000 {
            let denominator = Self.denominator(&generator)
            pairs.append((Self.numerator(over: denominator, &generator), denominator))
        }
        for (numerator, denominator) in pairs {
            let wide = rule.divideWide(Int128(numerator), by: Int128(denominator))
            #expect(Int128(rule.divideNarrow(numerator, by: denominator)) == wide, "\(numerator) / \(denominator) by \(rule)")
            #expect(rule.divide(Int128(numerator), by: Int128(denominator)) == wide, "\(numerator) / \(denominator) by \(rule)")
        }
    }

    @Test(arguments: RoundingRule.allCases)
    func roundingStepInSixtyFourBitsEqualsTheWideStep(rule: RoundingRule) {
        var generator = SeededGenerator(seed: 65)
        let units: [Int64] = [1, 10, 100, 1_000, 10_000, 7, .max, 1 << 40]
        for round in 0..<20_000 {
            let step = RoundingStep(rule: rule, unit: round < 8 ? units[round] : units.randomElement(using: &generator)!)
            let denominator = round % 4 == 0 ? Self.edgeDenominators.randomElement(using: &generator)! : Int64.random(in: 1...100_000, using: &generator)
            let numerator = Self.numerator(over: denominator &* step.unit > 0 ? denominator &* step.unit : denominator, &generator)
            let narrow = try? step.applyNarrow(numerator, over: denominator, what: "t")
            let wide = try? step.applyWide(Int128(numerator), over: Int128(denominator), what: "t")
            let dispatched = try? step.apply(Int128(numerator), over: Int128(denominator), what: "t")
            #expect(narrow == wide, "\(numerator) / \(denominator) to \(step.unit) by \(rule)")
            #expect(dispatched == wide, "\(numerator) / \(denominator) to \(step.unit) by \(rule)")
        }
    }

    /// An amount times decimals, rounded once: the 64-bit fraction while it fits gives the 128-bit fraction's amount,
    /// and overflows where it overflows.
    @Test(arguments: RoundingRule.allCases)
    func amountTimesDecimalsEqualsTheWideProduct(rule: RoundingRule) {
        var generator = SeededGenerator(seed: 69)
        for _ in 0..<20_000 {
            let amount = Won(Bool.random(using: &generator) ? Int64.random(in: -10_000_000_000 ... 10_000_000_000, using: &generator)
                                                             : Self.edgeNumerators.randomElement(using: &generator)!)
            let factors = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                Bool.random(using: &generator) ? Self.decimal(&generator)
                    : ExactDecimal(significand: Int64.random(in: -20_000...20_000, using: &generator), scale: Int.random(in: 0...4, using: &generator))
            }
            let step = RoundingStep(rule: rule, unit: [1, 10, 1_000].randomElement(using: &generator)!)
            var numerator = Int128(amount.value), denominator: Int128 = 1, overflow = false
            for factor in factors where !overflow {
                let (product, productOverflow) = numerator.multipliedReportingOverflow(by: Int128(factor.significand))
                let (scaled, scaleOverflow) = denominator.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(factor.scale))
                (numerator, denominator, overflow) = (product, scaled, productOverflow || scaleOverflow)
            }
            // A denominator past 128 bits once times the unit traps either way (three factors of 12 decimals).
            guard !denominator.multipliedReportingOverflow(by: Int128(step.unit)).overflow else { continue }
            let expected = overflow ? nil : try? step.applyWide(numerator, over: denominator, what: "t")
            #expect((try? amount.multiplied(by: factors, rounding: step, what: "t")) == expected,
                    "\(amount.value) × \(factors) by \(rule)")
        }
    }

    /// A decimal: any significand at any scale, or a small one.
    static func decimal(_ generator: inout SeededGenerator) -> ExactDecimal {
        let significand = Bool.random(using: &generator)
            ? Self.edgeNumerators.randomElement(using: &generator)!
            : Int.random(in: 0..<3, using: &generator) == 0 ? Int64.random(in: .min ... .max, using: &generator)
            : Int64.random(in: -1_000_000 ... 1_000_000, using: &generator)
        return ExactDecimal(significand: significand, scale: Int.random(in: 0...ExactDecimal.maximumScale, using: &generator))
    }

    @Test(arguments: RoundingRule.allCases)
    func decimalQuotientEqualsTheExactQuotientRounded(rule: RoundingRule) {
        var generator = SeededGenerator(seed: 66)
        for _ in 0..<20_000 {
            let dividend = Self.decimal(&generator), divisor = Self.decimal(&generator)
            let places = Int.random(in: 0...ExactDecimal.maximumScale, using: &generator)
            // Only operands whose rescaled numerator fits in 128 bits (10^(12 + 12) × 2^63 does not, and traps).
            let (numerator, overflow) = Int128(dividend.significand)
                .multipliedReportingOverflow(by: ExactDecimal.powerOfTen(divisor.scale + places))
            guard !overflow else { continue }
            let quotient = dividend.divided(by: divisor, places: places, rule: rule)
            guard divisor.significand != 0 else { #expect(quotient == nil); continue }
            var denominator = Int128(divisor.significand) * ExactDecimal.powerOfTen(dividend.scale)
            let negate = denominator < 0
            if negate { denominator = -denominator }
            let units = rule.divideWide(negate ? -numerator : numerator, by: denominator)
            let expected = Int64(exactly: units).map { ExactDecimal(significand: $0, scale: places) }
            #expect(quotient?.significand == expected?.significand && quotient?.scale == expected?.scale,
                    "\(dividend) / \(divisor) to \(places) by \(rule)")
        }
    }

    @Test func comparisonsAndSumsEqualTheWideOnes() {
        var generator = SeededGenerator(seed: 67)
        for _ in 0..<50_000 {
            let left = Self.decimal(&generator), right = Bool.random(using: &generator)
                ? Self.decimal(&generator) : ExactDecimal(significand: left.significand, scale: Int.random(in: 0...12, using: &generator))
            #expect((left < right) == ExactDecimal.isWideLess(left, right), "\(left) < \(right)")
            let scale = max(left.scale, right.scale)
            let sum = left.significand(atScale: scale) + right.significand(atScale: scale)
            let expected = Int64(exactly: sum).map { ExactDecimal(significand: $0, scale: scale).normalized }
            let added = left.adding(right)
            #expect(added?.significand == expected?.significand && added?.scale == expected?.scale, "\(left) + \(right)")
        }
    }

    @Test func percentagesEqualTheWideQuotient() {
        var generator = SeededGenerator(seed: 70)
        for _ in 0..<20_000 {
            let part = Bool.random(using: &generator) ? Self.edgeNumerators.randomElement(using: &generator)! : Int64.random(in: -5_000_000_000 ... 5_000_000_000, using: &generator)
            let whole = Bool.random(using: &generator) ? Self.edgeNumerators.randomElement(using: &generator)! : Int64.random(in: -5_000_000_000 ... 5_000_000_000, using: &generator)
            let decimals = Int.random(in: 0...4, using: &generator)
            let percent = Won(part).percent(of: Won(whole), decimals: decimals)
            guard whole != 0 else { #expect(percent == nil); continue }
            let hundredfold = Int128(part) * ExactDecimal.powerOfTen(decimals + 2)
            let units = whole > 0 ? RoundingRule.toNearestOrAway.divideWide(hundredfold, by: Int128(whole))
                : RoundingRule.toNearestOrAway.divideWide(-hundredfold, by: -Int128(whole))
            let expected = Int64(exactly: units).map { ExactDecimal(significand: $0, scale: decimals) }
            #expect(percent?.significand == expected?.significand && percent?.scale == expected?.scale,
                    "\(part) of \(whole) to \(decimals)")
        }
    }

    /// 간이법 counts up to the largest allowed, weights of up to two decimals.
    @Test func simpleSizeInOneSumEqualsTheSumOfEachTypesPoints() {
        var generator = SeededGenerator(seed: 68)
        for round in 0..<20_000 {
            var counts = InlineArray<5, Int>(repeating: 0), weights = InlineArray<5, ExactDecimal>(repeating: .zero)
            for type in 0..<5 {
                counts[type] = Bool.random(using: &generator) ? 0 : Int.random(in: 1...(round % 10 == 0 ? 10_000_000 : 500), using: &generator)
                // Trailing zeros on some weights, so the common scale passes 64 bits where the types' normalized
                // points do not and the one sum falls back.
                let zeros = round % 5 == 0 ? Int.random(in: 0...10, using: &generator) : 0
                weights[type] = ExactDecimal(significand: Int64.random(in: 1...200, using: &generator) * Int64(ExactDecimal.powerOfTen(zeros)),
                                             scale: Int.random(in: 0...2, using: &generator) + zeros)
            }
            let expected = FunctionPointCore.simpleSizeByType(counts: counts, weights: weights)
            let narrow = FunctionPointCore.narrowSimpleSize(counts: counts, weights: weights)
            if let narrow { #expect(narrow.significand == expected.significand && narrow.scale == expected.scale) }
            let size = FunctionPointCore.simpleSize(counts: counts, weights: weights)
            #expect(size.significand == expected.significand && size.scale == expected.scale)
        }
    }
}
