/// Simulates the range of a project's estimates: a seeded, repeatable Monte Carlo over the stage's size band,
/// ±1 level of every adjustment factor whose level was not given, and the guide's 제경비·기술료 ranges where no rate
/// was given. Every sample is an exact run of the calculation cores (``SamplePricer``), with no words built; floating
/// point is used only to draw the samples.
///
/// Size: the sampled multiplier m follows a triangular distribution with minimum growth × low, mode growth and
/// maximum growth × high (the stage band); it is rounded to four decimals, and the sampled size is
/// counted FP × m rounded to 0.1 FP (half away from zero). The same multiplier scales every staffing line's effort.
/// Levels: the assumed (neutral) level, one below or one above, each with probability ⅓, kept within the table.
/// Rates: a 제경비율 or 기술료율 not given is drawn uniformly in 0.1%p steps over the edition's range.
public enum RangeSimulator {
    /// The budget a range is checked against.
    public struct BudgetBasis: Sendable {
        /// The budget, VAT 포함.
        public var budgetWithVAT: Won
        /// The typical award ratio used by the check.
        public var awardRatio: Sourced<ExactDecimal>

        /// Creates a basis.
        public init(budgetWithVAT: Won, awardRatio: Sourced<ExactDecimal>) {
            self.budgetWithVAT = budgetWithVAT
            self.awardRatio = awardRatio
        }
    }

    /// Runs the simulation.
    /// - Parameters:
    ///   - input: the project's estimate input (the point estimate's own inputs).
    ///   - settings: stage, samples and seed.
    ///   - sizing: the sizing book, needed when `settings.stage` is set.
    ///   - budget: the budget to measure every sample against, for `check`.
    ///   - properCostOnly: price each sample by the proper cost's method alone (the FP method where a scope is given),
    ///     leaving the per-method ranges out: what a batch row needs.
    /// - Throws: `DaegaError.rangeSettings` for a bad sample count, and the engine's errors for bad inputs.
    public static func simulate(_ input: ProjectEstimateInput, settings: RangeSettings, sizing: SizingBook?,
                                budget: BudgetBasis? = nil, properCostOnly: Bool = false) throws -> RangeResult {
        guard (1...RangeSettings.maximumSamples).contains(settings.samples) else {
            throw DaegaError(.rangeSettings, at: .field("samples"), "표본 수 \(settings.samples)은(는) 쓸 수 없습니다",
                             expected: "1~\(RangeSettings.maximumSamples)")
        }
        let point = try ProjectEstimates.estimate(input)
        let plan = try SamplingPlan(input, settings: settings, sizing: sizing)
        var pricer = try SamplePricer(input, countedFunctionPoints: plan.countedFunctionPoints)
        var generator = SplitMix64(seed: settings.seed)
        var fpCosts: [Won] = [], mmCosts: [Won] = [], properCosts: [Won] = []
        properCosts.reserveCapacity(settings.samples)
        var covered = 0, noLoss = 0
        var proper = point.properCost!
        for index in 0..<settings.samples {
            let sample = try pricer.price(plan.draw(index: index, of: settings.samples, using: &generator), properCostOnly: properCostOnly)
            if !properCostOnly, let fp = sample.functionPoints { fpCosts.append(fp.totalWithVAT) }
            if !properCostOnly, let mm = sample.manMonths { mmCosts.append(mm.totalWithVAT) }
            (proper.total, proper.totalWithVAT, proper.costWithoutMargin) = sample.properCost
            properCosts.append(proper.totalWithVAT)
            if let budget {
                let coverage = try CoverageAssessment(budget: budget.budgetWithVAT, properCost: proper, awardRatio: budget.awardRatio)
                if coverage.tier == .adequate { covered += 1 }
                if coverage.tier == .adequate || coverage.tier == .belowGuide { noLoss += 1 }
            }
        }
        func permille(_ count: Int) -> Int { Int(RoundingRule.toNearestOrAway.divide(Int128(count) * 1000, by: Int128(settings.samples))) }
        return RangeResult(
            settings: settings, band: plan.band, functionPoints: fpCosts.isEmpty ? nil : CostQuantiles(fpCosts),
            manMonths: mmCosts.isEmpty ? nil : CostQuantiles(mmCosts), properCost: CostQuantiles(properCosts),
            pointCost: point.properCost!.totalWithVAT, budget: budget?.budgetWithVAT,
            coveragePermille: budget.map { _ in permille(covered) }, noLossPermille: budget.map { _ in permille(noLoss) },
            variations: plan.variations + (budget.map { [awardRatioNote($0)] } ?? []),
            references: plan.references + (budget.map { [$0.awardRatio.reference] } ?? []))
    }

    private static func awardRatioNote(_ budget: BudgetBasis) -> EstimateNote {
        EstimateNote(code: "range_no_loss", text: LocalizedText(
            ko: "손실 없을 확률: 통상 낙찰률 \(budget.awardRatio.value)%로 낙찰될 때 낙찰가가 표본마다의 사업자 원가(이윤·기술료 제외)를 넘는 비율.",
            en: "No-loss probability: the share of samples in which a winning bid at the typical \(budget.awardRatio.value)% award ratio still covers the vendor's cost (no profit or technical fee)."))
    }
}
