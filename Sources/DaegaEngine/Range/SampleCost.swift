/// One range sample's costs as the cores computed them.
struct SampleCost {
    /// The function-point figures, when a scope was given.
    var functionPoints: FunctionPointFigures?
    /// The man-month totals, when staffing was given and priced.
    var manMonths: ManMonthTotals?

    /// The proper cost, VAT 별도 and 포함, and without margin: the FP cost where a scope is given, else the
    /// man-month cost (as ``ProperCost`` takes them from the estimates).
    var properCost: (total: Won, totalWithVAT: Won, costWithoutMargin: Won) {
        if let fp = functionPoints {
            return (fp.total, fp.totalWithVAT, fp.costWithoutProfit)
        }
        let mm = manMonths!
        return (mm.total, mm.totalWithVAT, mm.costWithoutTechnicalFee)
    }

    /// The tier of `budget` (VAT 포함) against the proper cost: ``BudgetCheckCore`` directly, or, for a cost or an award
    /// ratio the check refuses, ``CoverageAssessment``'s own checks, which word the error.
    func coverageTier(budget: Won, awardRatio: Sourced<ExactDecimal>) throws -> CoverageTier {
        let cost = properCost
        guard cost.total > .zero, cost.totalWithVAT > .zero, awardRatio.value > .zero, awardRatio.value <= ExactDecimal(100) else {
            let refused = ProperCost(method: functionPoints == nil ? .manMonths : .functionPoints, total: cost.total,
                                     totalWithVAT: cost.totalWithVAT, costWithoutMargin: cost.costWithoutMargin,
                                     marginDefinition: LocalizedText(ko: "", en: ""))
            return try CoverageAssessment(budget: budget, properCost: refused, awardRatio: awardRatio).tier
        }
        return BudgetCheckCore.coverage(budget: budget, total: cost.total, totalWithVAT: cost.totalWithVAT,
                                        costWithoutMargin: cost.costWithoutMargin, awardRatio: awardRatio.value).tier
    }
}
