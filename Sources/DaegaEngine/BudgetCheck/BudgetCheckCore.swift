/// The arithmetic of the budget check's coverage, apart from its wording (``CoverageAssessment``'s sentences).
public enum BudgetCheckCore {
    /// The coverage figures of `budget` (VAT 포함) against a proper cost.
    /// - Parameters:
    ///   - budget: the budget, VAT 포함.
    ///   - total: the proper cost, VAT 별도 (positive).
    ///   - totalWithVAT: the proper cost, VAT 포함 (positive).
    ///   - costWithoutMargin: the proper cost without its margin (이윤 or 기술료).
    ///   - awardRatio: the typical award ratio in percent, in (0, 100].
    public static func coverage(budget: Won, total: Won, totalWithVAT: Won, costWithoutMargin: Won,
                                awardRatio: ExactDecimal) -> CoverageFigures {
        let breakEvenBudget = budgetNeeded(costWithoutMargin: costWithoutMargin, total: total, totalWithVAT: totalWithVAT,
                                           awardRatio: ExactDecimal(100))
        let typicalBudget = budgetNeeded(costWithoutMargin: costWithoutMargin, total: total, totalWithVAT: totalWithVAT,
                                         awardRatio: awardRatio)
        let tier: CoverageTier = budget >= totalWithVAT ? .adequate
            : budget >= typicalBudget ? .belowGuide
            : budget >= breakEvenBudget ? .typicalBidBelowBreakEven
            : .fullBudgetBelowBreakEven
        let ratioScale = ExactDecimal.powerOfTen(awardRatio.scale) * 100
        let typical = RoundingRule.toNearestOrAway.divide(Int128(costWithoutMargin.value) * 1000 * ratioScale,
                                                          by: Int128(total.value) * Int128(awardRatio.significand))
        return CoverageFigures(
            coveragePercent: displayedCoverage(budget: budget, properCost: totalWithVAT),
            breakEvenPercent: costWithoutMargin.percent(of: total) ?? .zero,
            typicalBidBreakEvenPercent: ExactDecimal(significand: Int64(typical), scale: 1), tier: tier,
            shortfall: budget >= totalWithVAT ? .zero : Won(totalWithVAT.value - budget.value),
            budgetNeededBreakEven: breakEvenBudget, budgetNeededTypicalAward: typicalBudget)
    }

    /// The smallest budget (VAT 포함, rounded up to the won) at which a bid at `awardRatio`% of it covers the cost
    /// without margin: cost × (total with VAT ÷ total) ÷ ratio.
    public static func budgetNeeded(costWithoutMargin: Won, total: Won, totalWithVAT: Won, awardRatio: ExactDecimal) -> Won {
        let ratio = Int128(awardRatio.significand), ratioScale = ExactDecimal.powerOfTen(awardRatio.scale) * 100
        let needed = RoundingRule.awayFromZero.divide(
            Int128(costWithoutMargin.value) * Int128(totalWithVAT.value) * ratioScale, by: Int128(total.value) * ratio)
        return Won(Int64(needed))
    }

    /// 예산 충족률 as displayed: one decimal, truncated below 100% (so a short budget never shows 100.0%), else
    /// rounded half away from zero.
    public static func displayedCoverage(budget: Won, properCost: Won) -> ExactDecimal {
        let rule: RoundingRule = budget < properCost ? .towardZero : .toNearestOrAway
        let units = rule.divide(Int128(budget.value) * 1000, by: Int128(properCost.value))
        return ExactDecimal(significand: Int64(clamping: units), scale: 1)
    }
}
