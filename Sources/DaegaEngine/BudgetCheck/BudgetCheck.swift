/// Checks a budget against the proper cost and the tender rules, and says how likely the tender is to fail.
public enum BudgetCheck {
    /// Runs the check.
    /// - Parameters:
    ///   - request: the budget and project facts.
    ///   - properCost: the proper cost (FP estimate where a scope is given, else the man-month estimate).
    ///   - edition: the guide edition (for the VAT rule).
    ///   - rules: the procurement rules.
    /// - Throws: `DaegaError` for a budget that is not positive or an award ratio out of range.
    public static func run(_ request: consuming BudgetCheckRequest, properCost: ProperCost, edition: GuideEdition,
                           rules: ProcurementRules) throws -> BudgetCheckResult {
        guard request.budget > .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("budget"), "예산이 0원 이하(\(request.budget.grouped)원)입니다",
                             expected: "0보다 큰 금액 (VAT 포함, 원)")
        }
        var recorder = TraceRecorder()
        var notes = NoteList()
        var budget = request.budget
        if request.budgetExcludesVAT {
            let vat = try VATCalculation(on: request.budget, edition: edition, recorder: &recorder)
            budget = vat.totalWithVAT
            notes.append(EstimateNote(code: "budget_vat_added", text: LocalizedText(
                ko: "예산 \(request.budget.grouped)원을 VAT 별도로 보고 부가세를 더해 \(budget.grouped)원(VAT 포함)으로 점검했습니다.",
                en: "The budget ₩\(request.budget.grouped) was read as excluding VAT; VAT was added: ₩\(budget.grouped) incl. VAT.")))
        } else if looksVATExclusive(budget, properCost: properCost, tolerance: rules.vatExclusiveTolerancePercent.value) {
            notes.append(EstimateNote(code: "budget_may_exclude_vat", text: LocalizedText(
                ko: "예산 \(budget.grouped)원이 VAT 별도 적정 대가 \(properCost.total.grouped)원과 거의 같습니다. VAT 포함으로 보고 점검했으니, VAT 별도 금액이면 --budget-excludes-vat로 다시 점검하세요.",
                en: "The budget ₩\(budget.grouped) is almost the proper cost excluding VAT (₩\(properCost.total.grouped)). It was read as including VAT; if it excludes VAT, check again with --budget-excludes-vat.")))
        }
        var awardRatio = rules.awardRatioPercent
        if let override = request.awardRatioPercent {
            awardRatio = Sourced(override, RateReference(book: "user", edition: "사용자 입력", key: "award_ratio",
                                                         source: "--award-ratio로 지정", status: .uncertain))
            notes.append(EstimateNote(code: "award_ratio_overridden", text: LocalizedText(
                ko: "통상 낙찰률을 기본값 \(rules.awardRatioPercent.value)% 대신 \(override)%로 보았습니다.",
                en: "The typical award ratio \(override)% was used instead of the default \(rules.awardRatioPercent.value)%.")))
        }
        let coverage = try CoverageAssessment(budget: budget, properCost: properCost, awardRatio: awardRatio)
        let comparisonRatio = rules.awardRatioComparisonPercent
        if comparisonRatio.value != awardRatio.value {
            let comparison = try CoverageAssessment(budget: budget, properCost: properCost, awardRatio: comparisonRatio)
            notes.append(EstimateNote(code: "award_ratio_comparison", text: LocalizedText(
                ko: "낙찰률을 \(comparisonRatio.value)%로 보면(공공SW 낙찰의 하위 약 20% 지점) 통상 낙찰 시 손익분기 예산 비율은 \(comparison.typicalBidBreakEvenPercent.fixedText)%(낙찰률 \(awardRatio.value)%에서는 \(coverage.typicalBidBreakEvenPercent.fixedText)%)이고, 이 예산(충족률 \(coverage.coveragePercent.fixedText)%)은 \(comparison.tier.label.ko) 구간입니다.",
                en: "At an award ratio of \(comparisonRatio.value)% (about the lowest fifth of public SW awards) the typical bid breaks even at \(comparison.typicalBidBreakEvenPercent.fixedText)% coverage (\(coverage.typicalBidBreakEvenPercent.fixedText)% at \(awardRatio.value)%); this budget (\(coverage.coveragePercent.fixedText)%) would be \(comparison.tier.label.en).")))
            recorder.use([comparisonRatio.reference])
        }
        recorder.record(TraceStep(
            key: "coverage", label: LocalizedText(ko: "예산 충족률", en: "coverage"),
            formula: LocalizedText(ko: "예산(VAT 포함) ÷ 적정 대가(VAT 포함)", en: "budget (incl. VAT) ÷ proper cost (incl. VAT)"),
            inputs: [TraceInput(LocalizedText(ko: "예산", en: "budget"), .won(budget)),
                     TraceInput(LocalizedText(ko: "적정 대가", en: "proper cost"), .won(properCost.totalWithVAT))],
            result: .percent(coverage.coveragePercent), rounding: nil))
        recorder.record(TraceStep(
            key: "break_even", label: LocalizedText(ko: "손익분기 비율", en: "break-even share"),
            formula: LocalizedText(ko: "(\(properCost.marginDefinition.ko)) ÷ 적정 대가(VAT 별도)", en: "(\(properCost.marginDefinition.en)) ÷ proper cost (excl. VAT)"),
            inputs: [TraceInput(LocalizedText(ko: "원가", en: "cost"), .won(properCost.costWithoutMargin)),
                     TraceInput(LocalizedText(ko: "적정 대가", en: "proper cost"), .won(properCost.total))],
            result: .percent(coverage.breakEvenPercent)))
        recorder.record(TraceStep(
            key: "typical_bid_break_even", label: LocalizedText(ko: "통상 낙찰 시 손익분기 예산 비율", en: "break-even coverage at the typical award"),
            formula: LocalizedText(ko: "손익분기 비율 ÷ 통상 낙찰률", en: "break-even share ÷ typical award ratio"),
            inputs: [TraceInput(LocalizedText(ko: "손익분기 비율", en: "break-even share"), .percent(coverage.breakEvenPercent)),
                     TraceInput(LocalizedText(ko: "통상 낙찰률", en: "typical award ratio"), .percent(awardRatio.value))],
            result: .percent(coverage.typicalBidBreakEvenPercent), rates: [awardRatio.reference]))

        // The other checks' findings are moved in, not copied.
        var findings: [Finding] = []
        swap(&findings, &request.otherFindings)
        if let finding = coverage.finding(failureRates: rules.tenderFailureRates) { findings.insert(finding, at: 0) }
        let basis = ParticipationBasis.decide(budget: budget, units: request.units, years: request.contractYears)
        findings += ParticipationAssessment.findings(amount: basis.amount, rules: rules, compoundsCoverage: coverage.tier != .adequate,
                                                    basis: basis.explanation, exemption: request.participationExemption)
        if let plan = request.subcontracting {
            findings += SubcontractingAssessment.findings(plan, rules: rules)
        }
        recorder.use([rules.vatExclusiveTolerancePercent.reference])
        findings += DirectPurchaseAssessment.findings(amount: budget, products: request.products, rules: rules)
        if let review = TaskReviewAssessment.finding(amount: budget, category: request.reviewCategory, rules: rules) {
            findings.append(review)
        }
        if let choice = request.priceWeights {
            findings += try PriceWeightsAssessment.findings(choice, budgetAsGiven: request.budget, budgetWithVAT: budget, hardwareAmount: request.hardwareAmount,
                                                            vatPercent: edition.vatPercent.value, rules: rules)
        }
        findings.orderBySeverity()
        for finding in findings { recorder.use(finding.sources) }
        return BudgetCheckResult(budgetWithVAT: budget, coverage: coverage, findings: findings, notes: notes.items,
                                 trace: recorder.steps, rates: recorder.rates)
    }

    /// A VAT-inclusive budget within `tolerance` percent of the VAT-exclusive proper cost was probably stated without VAT.
    static func looksVATExclusive(_ budget: Won, properCost: ProperCost, tolerance: ExactDecimal) -> Bool {
        guard budget < properCost.totalWithVAT else { return false }
        let difference = (Int128(budget.value) - Int128(properCost.total.value)).magnitude
        let scale = ExactDecimal.powerOfTen(tolerance.scale)
        return difference * 100 * UInt128(scale) <= UInt128(properCost.total.value) * UInt128(tolerance.significand.magnitude)
    }
}
