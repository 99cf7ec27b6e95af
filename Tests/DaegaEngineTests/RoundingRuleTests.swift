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
