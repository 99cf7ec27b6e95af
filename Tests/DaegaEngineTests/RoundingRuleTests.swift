@testable import DaegaEngine
import Testing

@Suite struct RoundingRuleTests {
    /// The worked table in `RoundingRule`'s doc comment, value × 10 over 10.
    @Test(arguments: [
        (25, RoundingRule.towardZero, 2), (25, .awayFromZero, 3), (25, .toNearestOrAway, 3), (25, .toNearestOrEven, 2),
        (35, .towardZero, 3), (35, .awayFromZero, 4), (35, .toNearestOrAway, 4), (35, .toNearestOrEven, 4),
        (24, .towardZero, 2), (24, .awayFromZero, 3), (24, .toNearestOrAway, 2), (24, .toNearestOrEven, 2),
        (-25, .towardZero, -2), (-25, .awayFromZero, -3), (-25, .toNearestOrAway, -3), (-25, .toNearestOrEven, -2),
        (-26, .toNearestOrEven, -3), (20, .awayFromZero, 2),
    ] as [(Int, RoundingRule, Int)])
    func documentedTable(tenths: Int, rule: RoundingRule, expected: Int) {
        #expect(rule.divide(Int128(tenths), by: 10) == Int128(expected))
    }

    /// Amounts on both sides of the 64-bit range, where the division changes from one machine word to two: half of
    /// 2⁶³ ± 1 and of −2⁶³ ± 1 (ties and non-ties), and divisors past 64 bits. (A loop, not test arguments: Swift
    /// Testing crashes on `Int128` arguments here.)
    @Test func amountsAroundTheSixtyFourBitEdge() {
        let half = Int128(1) << 62, wide = Int128(1) << 65
        let cases: [(Int128, Int128, RoundingRule, Int128)] = [
            (Int128(Int64.max), 2, .toNearestOrEven, half),
            (Int128(Int64.max) + 1, 2, .toNearestOrEven, half),
            (Int128(Int64.max) + 2, 2, .toNearestOrAway, half + 1),
            (Int128(Int64.max) + 2, 2, .towardZero, half),
            (Int128(Int64.min), 2, .toNearestOrEven, -half),
            (Int128(Int64.min) - 1, 2, .toNearestOrAway, -half - 1),
            (Int128(Int64.min) - 1, 2, .toNearestOrEven, -half),
            (Int128(Int64.min) + 1, 2, .awayFromZero, -half),
            (-5, 2, .toNearestOrEven, -2), (-5, 2, .toNearestOrAway, -3), (-7, 2, .toNearestOrEven, -4),
            (Int128(3) << 64, wide, .toNearestOrAway, 2),
            (Int128(3) << 64, wide, .toNearestOrEven, 2),
            (Int128(5) << 64, wide, .toNearestOrEven, 2),
            (Int128(Int64.max), Int128(Int64.max) + 1, .toNearestOrAway, 1),
        ]
        for (numerator, denominator, rule, expected) in cases {
            let quotient = rule.divide(numerator, by: denominator)
            #expect(quotient == expected, "\(String(numerator)) / \(String(denominator)) by \(rule)")
        }
    }

    @Test func stepRoundsToUnits() throws {
        let thousandsDown = RoundingStep(rule: .towardZero, unit: 1000)
        #expect(try thousandsDown.apply(1_234_999, over: 1, what: "t") == Won(1_234_000))
        #expect(try RoundingStep(rule: .toNearestOrAway, unit: 10).apply(1_235, over: 1, what: "t") == Won(1_240))
        #expect(try RoundingStep.wonHalfEven.apply(5_317_399_050, over: 100, what: "t") == Won(53_173_990))
        #expect(try RoundingStep.wonHalfEven.apply(5_317_399_150, over: 100, what: "t") == Won(53_173_992))
    }

    @Test func stepOverflowIsAnError() {
        #expect(throws: DaegaError.amountOverflow("x")) {
            try RoundingStep.wonHalfEven.apply(Int128(Int64.max) * 4, over: 2, what: "x")
        }
    }
}
