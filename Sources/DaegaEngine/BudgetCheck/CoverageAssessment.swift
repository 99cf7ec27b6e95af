/// Budget coverage: budget ÷ proper cost (both VAT 포함), the vendor's break-even share, and the tier.
///
/// Break-even share = cost without margin ÷ proper cost (VAT 별도). With award ratio `a` (a typical winning bid
/// is `a` × budget), the tiers are: coverage ≥ 100% adequate; coverage × a ≥ break-even → `medium`;
/// coverage ≥ break-even → `high`; otherwise `critical`. The comparisons are exact (cross-multiplied
/// integers); the percentages are rounded to one decimal for display only.
public struct CoverageAssessment: Sendable {
    /// The budget, VAT 포함.
    public var budget: Won
    /// The proper cost it is measured against.
    public var properCost: ProperCost
    /// The typical award ratio used (percent).
    public var awardRatio: Sourced<ExactDecimal>
    /// Budget ÷ proper cost, percent, one decimal.
    public var coveragePercent: ExactDecimal
    /// Cost without margin ÷ proper cost, percent, one decimal: below this coverage even a full-budget bid loses.
    public var breakEvenPercent: ExactDecimal
    /// Break-even ÷ award ratio, percent, one decimal: below this coverage a typical winning bid loses.
    public var typicalBidBreakEvenPercent: ExactDecimal
    /// The tier.
    public var tier: CoverageTier
    /// 부족액: proper cost − budget (both VAT 포함); zero when the budget covers the proper cost.
    public var shortfall: Won
    /// The least budget (VAT 포함) at which a bid at the full budget covers the vendor's cost (no loss at a full bid).
    public var budgetNeededBreakEven: Won
    /// The least budget (VAT 포함) at which a winning bid at the typical award ratio covers the vendor's cost.
    public var budgetNeededTypicalAward: Won

    /// Assesses a budget.
    /// - Throws: `DaegaError` when the proper cost is zero or the award ratio is not in (0, 100].
    public init(budget: Won, properCost: ProperCost, awardRatio: Sourced<ExactDecimal>) throws {
        guard properCost.total > .zero, properCost.totalWithVAT > .zero else {
            throw DaegaError(.missingInput, at: .field("budget"), "비교할 적정 대가가 0원입니다", expected: "규모 또는 투입공수")
        }
        guard awardRatio.value > .zero, awardRatio.value <= ExactDecimal(100) else {
            throw DaegaError(.valueOutOfRange, at: .field("award_ratio"), "낙찰률 \(awardRatio.value)%는 쓸 수 없습니다",
                             expected: "0 초과 100 이하의 %")
        }
        self.budget = budget
        self.properCost = properCost
        self.awardRatio = awardRatio
        let figures = BudgetCheckCore.coverage(budget: budget, total: properCost.total, totalWithVAT: properCost.totalWithVAT,
                                               costWithoutMargin: properCost.costWithoutMargin, awardRatio: awardRatio.value)
        coveragePercent = figures.coveragePercent
        breakEvenPercent = figures.breakEvenPercent
        typicalBidBreakEvenPercent = figures.typicalBidBreakEvenPercent
        tier = figures.tier
        shortfall = figures.shortfall
        budgetNeededBreakEven = figures.budgetNeededBreakEven
        budgetNeededTypicalAward = figures.budgetNeededTypicalAward
    }

    /// The coverage finding, or `nil` when the budget covers the proper cost.
    public func finding(failureRates: Sourced<[Int: ExactDecimal]>) -> Finding? {
        guard let severity = tier.severity, let code = tier.findingCode else { return nil }
        return Finding(code: code.rawValue, severity: severity, message: message,
                       rule: rule(failureRates: failureRates.value), sources: [awardRatio.reference, failureRates.reference])
    }

    /// The sentence for a tier below the proper cost, with the numbers, then the won short and the budgets needed.
    private var message: LocalizedText {
        let verdict = verdict
        let short = shortfall.grouped, fullBid = budgetNeededBreakEven.grouped, typical = budgetNeededTypicalAward.grouped
        return LocalizedText(
            ko: verdict.ko + " 부족액 \(short)원; 손실이 없으려면 예산이 전액 입찰 기준 \(fullBid)원, 통상 낙찰 기준 \(typical)원 이상이어야 합니다.",
            en: verdict.en + " Shortfall ₩\(short); for no loss the budget needs ₩\(fullBid) at a full bid, ₩\(typical) at the typical award.")
    }

    /// The verdict sentence of a tier below the proper cost.
    private var verdict: LocalizedText {
        let budgetText = budget.grouped, cost = properCost.totalWithVAT.grouped
        let c = coveragePercent.fixedText, b = breakEvenPercent.fixedText, t = typicalBidBreakEvenPercent.fixedText, a = awardRatio.value
        switch tier {
        case .belowGuide:
            return LocalizedText(
                ko: "예산 \(budgetText)원은 적정 대가 \(cost)원(VAT 포함)의 \(c)%로 가이드 산정액보다 적지만, 통상 낙찰률 \(a)%로 낙찰되어도 사업자 손익분기(\(t)% 이상)는 넘습니다.",
                en: "The budget of ₩\(budgetText) is \(c)% of the proper cost ₩\(cost) (incl. VAT): below the guide, but a winning bid at the typical \(a)% still covers the vendor's break-even (needs ≥ \(t)%).")
        case .typicalBidBelowBreakEven:
            return LocalizedText(
                ko: "예산이 적정 대가의 \(c)%라, 통상 낙찰률 \(a)%로 낙찰되면 낙찰가가 사업자 손익분기선 아래가 됩니다 (손익분기 유지에 필요한 예산 비율 \(t)%; 예산 전액 입찰 시에만 원가 \(b)%를 넘음).",
                en: "The budget is \(c)% of the proper cost: a winning bid at the typical \(a)% falls below the vendor's break-even (needs ≥ \(t)%); only a bid at the full budget covers cost (\(b)%).")
        case .fullBudgetBelowBreakEven:
            return LocalizedText(
                ko: "예산이 적정 대가의 \(c)%로 사업자 원가 비중 \(b)%에도 못 미쳐, 예산 전액으로 입찰해도 손실입니다: 무응찰·단독응찰로 유찰될 가능성이 큽니다.",
                en: "The budget is \(c)% of the proper cost, below the vendor's cost share of \(b)%: even a bid at the full budget loses money, so no bid or a single bid (a failed tender) is likely.")
        case .adequate:
            preconditionFailure("a budget that covers the proper cost has no coverage finding")
        }
    }

    /// The rule behind the finding: the break-even arithmetic and the reported failure rates.
    private func rule(failureRates: [Int: ExactDecimal]) -> LocalizedText {
        let b = breakEvenPercent.fixedText, a = awardRatio.value
        let years = failureRates.sorted { $0.key < $1.key }
        let rates = years.map { "\($0.key)년 \($0.value)%" }.joined(separator: ", ")
        let ratesEn = years.map { "\($0.value)% in \($0.key)" }.joined(separator: ", ")
        return LocalizedText(
            ko: "적정 대가 대비 예산: 손익분기 = \(properCost.marginDefinition.ko) ÷ 적정 대가(VAT 별도) = \(b)%; 통상 낙찰가 = 예산 × \(a)% (가정). 원가에 못 미치는 예산은 대형 공공SW 사업 유찰률(\(rates); 집계 대상은 출처 참조)의 주된 원인으로 보도됨.",
            en: "Budget against proper cost: break-even = \(properCost.marginDefinition.en) ÷ proper cost (excl. VAT) = \(b)%; typical winning bid = budget × \(a)% (assumed). Budgets below cost are reported as the main cause of failed tenders of large public SW projects (\(ratesEn); see the source for what was counted).")
    }
}
