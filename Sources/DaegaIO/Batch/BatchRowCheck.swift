import DaegaEngine

/// A development row's check through the engine's cores — `FunctionPointCore`, `ManMonthCore`, `ComparisonCore`,
/// `BudgetCheckCore` and the findings' decisions — with no trace, note or sentence built: the numbers and finding
/// codes `ProjectCheckPlan` gives the same row, which a test holds it to on generated portfolios.
///
/// A row the cores cannot take as it stands — no budget, a missing rate, a job found only by canonical equivalence,
/// an amount out of range, anything the full check would report as an error or word differently — gives `nil`, and
/// the batch checks it through `ProjectCheckPlan` instead, which reports the error.
enum BatchRowCheck {
    /// Checks a row's values.
    /// - Returns: the figures, or `nil` when the row needs the full check.
    static func run(_ values: borrowing BatchRowValues, rates: BatchRowRates) -> BatchRowFigures? {
        guard let budget = values.budget, budget > .zero, let rules = rates.rules, let edition = rates.edition(values.edition) else {
            return nil
        }
        var fpFigures: BatchRowFigures.FunctionPoints?, mmFigures: BatchRowFigures.ManMonths?
        if values.hasScope {
            guard let book = edition.functionPoints, let size = functionPoints(values, book: book),
                  let estimate = try? FunctionPointCore.compute(functionPoints: size, levels: values.levels,
                                                                directExpenses: values.directExpenses ?? .zero, profitPercent: nil,
                                                                phases: .all, book: book) else { return nil }
            fpFigures = (size, estimate.total, estimate.totalWithVAT,
                                      costWithoutMargin: estimate.costWithoutProfit)
        }
        var labor: LaborPricingAssessment.Decision?
        if !values.staffing.isEmpty {
            guard let (totals, decision) = manMonths(values, edition: edition, rates: rates) else { return nil }
            mmFigures = (totals.total, totals.totalWithVAT, totals.manMonths,
                                 costWithoutMargin: totals.costWithoutTechnicalFee)
            labor = decision
        }
        var properMonths: ExactDecimal?
        if let fp = fpFigures, let mm = mmFigures {
            guard let bands = rates.bands,
                  let comparison = try? ComparisonCore.compute(functionPoints: fp.size, fpTotal: (fp.total, fp.withVAT),
                                                               mmTotal: (mm.total, mm.withVAT), planManMonths: mm.manMonths,
                                                               plannedMonths: values.months, bands: bands) else { return nil }
            properMonths = comparison.properMonths
        }
        guard let proper = fpFigures.map({ ($0.total, $0.withVAT, $0.costWithoutMargin) })
                ?? mmFigures.map({ ($0.total, $0.withVAT, $0.costWithoutMargin) }),
              proper.0 > .zero, proper.1 > .zero, rates.awardRatiosInRange else { return nil }
        let coverage = BudgetCheckCore.coverage(budget: budget, total: proper.0, totalWithVAT: proper.1,
                                                costWithoutMargin: proper.2, awardRatio: rules.awardRatioPercent.value)
        let duration = DurationAssessment.decide(properMonths: properMonths, plannedMonths: values.months, amount: budget,
                                                 rules: rules.projectDuration?.value)
        return BatchRowFigures(budget: budget, functionPoints: fpFigures, manMonths: mmFigures, properCostWithVAT: proper.1,
                               coverage: coverage,
                               findings: findings(coverage: coverage.tier, labor: labor, duration: duration, budget: budget, rules: rules))
    }

    /// Whether the core path decides `code` for the rows it takes. The switch is exhaustive, so a new finding code
    /// cannot ship without saying whether a development row of a portfolio can have it; `BatchCorePathTests` requires
    /// every code decided here to appear on its generated portfolio, and both paths to give the same bytes there.
    static func decides(_ code: FindingCode) -> Bool {
        switch code {
        case .coverageBelowGuide, .coverageTypicalBidBelowBreakEven, .coverageFullBudgetBelowBreakEven, .overheadBelowFloor,
             .technicalFeeBelowFloor, .wageTableOutdated, .durationTooShort, .durationSetByAgencyHead,
             .durationLongTermContract, .participationPool, .participationJustBelowThreshold, .taskReviewApplies:
            true
        // A row with maintenance columns takes the full check.
        case .applicationRateBelowRange, .applicationRateBelowDifficulty, .commercialRateBelowFloor, .commercialRateBelowGrade,
             .budgetBelowEstimate, .rateNotStated, .maintenanceImprovementSeparate:
            false
        // A portfolio row has no column for products, subcontracting, price weights or the kind of work.
        case .directPurchaseApplies, .directPurchaseExcluded, .subcontractingOverLimit, .resubcontractingBarred,
             .priceWeightsAlternative, .priceWeightsCaseNotMet, .planningWorkloadMethodMissing:
            false
        // `daega change` only.
        case .committeeReview, .addedWorkUnpaid, .agreedPriceOutsideRange, .changedAtZero, .extensionWithoutMoney,
             .periodShortAfterChange, .participationThresholdCrossed, .maintenanceImprovementShare, .adjustmentDeadline:
            false
        }
    }

    /// The counted size: Σ count × average weight, or the total given; `nil` for no function or a size out of range.
    private static func functionPoints(_ values: borrowing BatchRowValues, book: FunctionPointCoreBook) -> ExactDecimal? {
        let size: ExactDecimal
        if let total = values.functionPointTotal {
            guard total >= .zero, total.normalized.scale <= 2 else { return nil }
            size = total
        } else {
            let counts = values.countsOrZero
            guard (0..<5).contains(where: { counts[$0] > 0 }) else { return nil }
            size = FunctionPointCore.simpleSize(counts: counts, weights: book.simpleWeights)
        }
        return size <= FunctionPointCount.maximum ? size : nil
    }

    /// The man-month totals and the labor-pricing decision; `nil` for a rate, job or wage the full check must report.
    private static func manMonths(_ values: borrowing BatchRowValues, edition: BatchRowRates.Edition,
                                  rates: BatchRowRates) -> (ManMonthTotals, LaborPricingAssessment.Decision)? {
        guard let labor = edition.labor, let wages = rates.wages(values.wageYear) else { return nil }
        let directExpenses = values.directExpenses ?? .zero
        let overhead = values.overheadPercent ?? labor.overheadDefault
        let fee = values.technicalFeePercent ?? labor.technicalFeeDefault
        guard directExpenses >= .zero, overhead >= .zero, fee >= .zero else { return nil }
        var sum = ManMonthCore.LaborSum()
        for entry in values.staffing {
            guard entry.months > .zero, let job = wages.job(entry.job),
                  let line = try? ManMonthCore.priceLine(.months(entry.months), monthlyWage: wages.monthly[job],
                                                         dailyWage: wages.daily[job], dayCount: wages.dayCount,
                                                         rounding: labor.rounding),
                  (try? sum.add(line)) != nil else { return nil }
        }
        guard let totals = try? ManMonthCore.totals(sum, overheadPercent: overhead, technicalFeePercent: fee,
                                                    directExpenses: directExpenses, rounding: labor.rounding,
                                                    vatPercent: edition.vatPercent, vatRounding: edition.vatRounding) else { return nil }
        let decision = LaborPricingAssessment.decide(overheadPercent: overhead, overheadFloor: labor.overheadFloor,
                                                     technicalFeePercent: fee, technicalFeeFloor: labor.technicalFeeFloor,
                                                     wageYear: wages.year, wageYearInForce: rates.wageYearInForce)
        return (totals, decision)
    }

    /// The findings `BudgetCheck` gives a development row, in its order before sorting: coverage, man-month pricing,
    /// duration, participation, task review; then ordered by severity.
    private static func findings(coverage tier: CoverageTier, labor: LaborPricingAssessment.Decision?,
                                 duration: DurationAssessment.Decision, budget: Won, rules: ProcurementRules) -> BatchRowFindings {
        var findings = BatchRowFindings()
        if let code = tier.findingCode, let severity = tier.severity { findings.append(code, severity) }
        labor?.forEachFinding { findings.append($0, $1) }
        duration.forEachFinding { findings.append($0, $1) }
        findings.append(.participationPool, ParticipationAssessment.poolSeverity)
        if ParticipationAssessment.justBelow(amount: budget, rules: rules) != nil {
            findings.append(.participationJustBelowThreshold,
                            ParticipationAssessment.justBelowSeverity(compoundsCoverage: tier != .adequate))
        }
        if TaskReviewAssessment.applies(rules: rules) { findings.append(.taskReviewApplies, TaskReviewAssessment.severity) }
        findings.orderBySeverity()
        return findings
    }
}
