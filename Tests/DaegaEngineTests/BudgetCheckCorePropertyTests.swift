import DaegaEngine
import DaegaTestSupport
import Testing

/// The budget check words ``BudgetCheckCore``'s coverage figures and never its own, over generated budgets and
/// proper costs (seeded, so failures repeat).
@Suite struct BudgetCheckCorePropertyTests {
    static let edition = Repository.edition(2025)
    static let rules = try! Repository.library.procurement.book(2025).rules(on: CalendarDate(year: 2025, month: 6, day: 1)!)

    @Test func explainedNumbersEqualTheCoresFigures() throws {
        var generator = SeededGenerator(seed: 445)
        for round in 0..<400 {
            let fp = try FunctionPointEstimator.estimate(FunctionPointRequest(
                scope: .total(ExactDecimal(Int64.random(in: 20...5_000, using: &generator))),
                directExpenses: Won(Int64.random(in: 0...80_000_000, using: &generator))), edition: Self.edition)
            let cost = ProperCost(fp)
            let budget = Won(cost.totalWithVAT.value * Int64.random(in: 30...130, using: &generator) / 100)
            let ratio: ExactDecimal? = Bool.random(using: &generator) ? nil : ExactDecimal(Int64.random(in: 80...95, using: &generator))
            let result = try BudgetCheck.run(BudgetCheckRequest(budget: budget, awardRatioPercent: ratio), properCost: cost,
                                             edition: Self.edition, rules: Self.rules)
            let figures = BudgetCheckCore.coverage(budget: budget, total: cost.total, totalWithVAT: cost.totalWithVAT,
                                                   costWithoutMargin: cost.costWithoutMargin,
                                                   awardRatio: ratio ?? Self.rules.awardRatioPercent.value)
            let results = Dictionary(uniqueKeysWithValues: result.trace.map { ($0.key, $0.result) })
            #expect(results["coverage"] == .percent(figures.coveragePercent), "round \(round)")
            #expect(results["break_even"] == .percent(figures.breakEvenPercent))
            #expect(results["typical_bid_break_even"] == .percent(figures.typicalBidBreakEvenPercent))
            let coverage = result.coverage
            #expect(coverage.tier == figures.tier && coverage.shortfall == figures.shortfall)
            #expect(coverage.budgetNeededBreakEven == figures.budgetNeededBreakEven)
            #expect(coverage.budgetNeededTypicalAward == figures.budgetNeededTypicalAward)
            let finding = result.findings.first { $0.code.hasPrefix("coverage_") }
            #expect((finding == nil) == (figures.tier == .adequate))
            if let finding {
                #expect(finding.message.ko.contains("부족액 \(figures.shortfall.grouped)원"))
                #expect(finding.message.ko.contains(figures.budgetNeededTypicalAward.grouped))
            }
        }
    }
}
