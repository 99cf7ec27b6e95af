/// Checks a maintenance budget against the guide's rates and reports each shortfall with its ratio.
///
/// Rules: an application-SW rate must be at least the range's low end (10%) and at least the TMP-based rate;
/// a commercial-SW rate must be at least its grade's rate and at least the book's floor (12%) whatever the grade.
/// A rate equal to the threshold passes. Since 2022 budgets must state the rate (행정안전부 지침 제9조③).
public enum MaintenanceCompliance {
    /// The 2022 rule that budgets for purchased SW maintenance state their rate.
    public static let statedRateRule = LocalizedText(
        ko: "「행정기관 및 공공기관 정보시스템 구축·운영 지침」(행정안전부 고시) 제9조③: 구매한 SW의 유지관리비는 SW사업 대가 기준으로 산정하고 예산에 요율을 밝혀야 함 (2022년 신설)",
        en: "Ministry of the Interior and Safety guideline on building and operating information systems, art. 9(3): maintenance of purchased SW is costed by the SW pricing guide and the budget must state the rate (added 2022)")
    /// Where `statedRateRule` comes from.
    public static let statedRateReference = RateReference(
        book: "law", edition: "행정안전부 고시", key: "정보시스템 구축·운영 지침 제9조③",
        source: "전자신문 2022-03-14 (m.etnews.com/20220314000076); 전자신문 2022-06-27 (etnews.com/20220627000183)",
        status: .verified)
    /// Marks a rate the user typed in place of the book's grade rate.
    static let userRateReference = RateReference(book: "user", edition: "사용자 입력", key: "rate",
                                                 source: "--rate-percent로 입력한 요율 (요율표 대신)", status: .uncertain)

    /// Checks `budget` against `estimate`.
    /// - Parameter comparesAmount: false when a tender check already compares the whole budget with the proper cost,
    ///   so only the rates implied by an amount are checked.
    /// - Returns: the findings, most serious first; empty when the budget meets every rule.
    /// - Throws: `DaegaError` at `.field("budget")` or `.field("budget_rate")` for a negative budget.
    public static func check(_ estimate: MaintenanceEstimate, budget: MaintenanceBudget, comparesAmount: Bool = true) throws -> [Finding] {
        var findings: [Finding] = []
        switch budget {
        case let .ratePercent(rate):
            guard rate >= .zero else {
                throw DaegaError(.valueOutOfRange, at: .field("budget_rate"), "예산 요율이 음수(\(rate)%)입니다", expected: "0 이상의 %")
            }
            if let application = estimate.application {
                findings += applicationFindings(rate: rate, implied: false, application)
            }
            for fee in estimate.commercial {
                findings += commercialFindings(rate: rate, implied: false, name: fee.product.name, grade: fee.product.grade,
                                               required: fee.ratePercent, requiredSources: [fee.gradeReference ?? userRateReference], floor: estimate.commercialFloor)
            }
        case let .amount(amount):
            guard amount >= .zero else {
                throw DaegaError(.valueOutOfRange, at: .field("budget"), "예산이 음수(\(amount.grouped)원)입니다", expected: "0 이상의 원 단위 금액")
            }
            findings += amountFindings(amount, estimate, comparesAmount: comparesAmount)
        }
        findings.orderBySeverity()
        return findings
    }

    static func amountFindings(_ amount: Won, _ estimate: MaintenanceEstimate, comparesAmount: Bool) -> [Finding] {
        var findings: [Finding] = []
        let first = estimate.years[0]
        if comparesAmount && amount < first.total {
            let ratio = percent(Int128(amount.value), over: Int128(first.total.value))
            findings.append(Finding(
                code: "budget_below_estimate", severity: .medium,
                message: LocalizedText(
                    ko: "유지관리 예산 \(amount.grouped)원은 1차년도(\(first.months)개월) 산정액 \(first.total.grouped)원(VAT 별도)의 \(ratio.map { "\($0)" } ?? "-")%입니다.",
                    en: "The maintenance budget ₩\(amount.grouped) is \(ratio.map { "\($0)" } ?? "-")% of the first year's (\(first.months) months) estimate ₩\(first.total.grouped) excl. VAT."),
                rule: LocalizedText(ko: "유지관리 예산은 SW사업 대가산정 가이드로 산정한 금액 이상", en: "a maintenance budget should be at least the guide's estimate"),
                sources: [statedRateReference], ratioPercent: ratio))
        }
        let months = Int128(first.months)
        var implied: ExactDecimal?
        if let application = estimate.application, estimate.commercial.isEmpty {
            let spendable = Int128(amount.value) * 12 - Int128(application.directExpenses.value) * months
            implied = percent(spendable, over: Int128(application.bases[0].value) * months)
            findings += implied.map { applicationFindings(rate: $0, implied: true, application) } ?? []
        } else if estimate.application == nil {
            let licences = estimate.commercial.reduce(Int128(0)) { $0 + Int128($1.product.licensePrice.value) }
            implied = percent(Int128(amount.value) * 12, over: licences * months)
            let required = percent(Int128(estimate.commercialAnnualTotal.value), over: licences)
            if let rate = implied, let required {
                let single = estimate.commercial.count == 1 ? estimate.commercial[0] : nil
                findings += commercialFindings(
                    rate: rate, implied: true, name: single?.product.name ?? "전체 \(estimate.commercial.count)개 제품",
                    grade: single?.product.grade, required: required,
                    requiredSources: estimate.commercial.map { $0.gradeReference ?? userRateReference },
                    floor: estimate.commercialFloor)
            }
        }
        let impliedText = implied.map { LocalizedText(ko: " 금액에서 환산한 요율은 \($0)%입니다.", en: " The rate implied by the amount is \($0)%.") }
            ?? LocalizedText(ko: " 응용SW와 상용SW가 함께 있어 금액만으로는 요율을 나눌 수 없습니다 (예산 요율을 주십시오).",
                             en: " With both application and commercial SW the amount cannot be split into rates (give the budget's rate).")
        findings.append(Finding(
            code: "rate_not_stated", severity: .low,
            message: LocalizedText(ko: "예산이 금액으로만 주어져 요율이 명시되지 않았습니다." + impliedText.ko,
                                   en: "The budget is an amount only and states no rate." + impliedText.en),
            rule: statedRateRule, sources: [statedRateReference]))
        return findings
    }

    static func applicationFindings(rate: ExactDecimal, implied: Bool, _ application: ApplicationMaintenanceFee) -> [Finding] {
        var findings: [Finding] = []
        let what = implied ? LocalizedText(ko: "예산 금액에서 환산한 응용SW 유지관리 요율", en: "application SW rate implied by the budget")
                           : LocalizedText(ko: "응용SW 유지관리 예산 요율", en: "application SW rate in the budget")
        let floor = application.range.value.lowPercent
        if rate < floor {
            let ratio = ratioPercent(rate, of: floor)
            findings.append(Finding(
                code: "application_rate_below_range", severity: .high,
                message: LocalizedText(ko: "\(what.ko) \(rate)%가 가이드 하한 \(floor)%보다 낮습니다 (하한의 \(ratio)%).",
                                       en: "The \(what.en), \(rate)%, is below the guide's floor of \(floor)% (\(ratio)% of it)."),
                rule: LocalizedText(ko: "응용SW 유지관리 요율은 개발비의 \(floor)~\(application.range.value.highPercent)%",
                                    en: "application SW maintenance is \(floor)–\(application.range.value.highPercent)% of the development cost"),
                sources: [application.range.reference], ratioPercent: ratio))
        }
        if rate < application.ratePercent {
            let ratio = ratioPercent(rate, of: application.ratePercent), formula = application.formula.value
            findings.append(Finding(
                code: "application_rate_below_difficulty", severity: .medium,
                message: LocalizedText(ko: "\(what.ko) \(rate)%가 난이도(TMP \(application.difficultyScore)점)에 따른 요율 \(application.ratePercent)%보다 낮습니다 (\(ratio)%).",
                                       en: "The \(what.en), \(rate)%, is below the rate for difficulty score \(application.difficultyScore), \(application.ratePercent)% (\(ratio)% of it)."),
                rule: LocalizedText(ko: "응용SW 유지관리 요율 = \(formula.text) (유지관리 난이도 평가)",
                                    en: "application SW rate = \(formula.text) (maintenance difficulty)"),
                sources: [application.formula.reference], ratioPercent: ratio))
        }
        return findings
    }

    static func commercialFindings(rate: ExactDecimal, implied: Bool, name: String, grade: Int?, required: ExactDecimal,
                                   requiredSources: [RateReference], floor: Sourced<ExactDecimal>?) -> [Finding] {
        var findings: [Finding] = []
        let what = implied ? LocalizedText(ko: "예산 금액에서 환산한 요율", en: "rate implied by the budget")
                           : LocalizedText(ko: "예산 요율", en: "rate in the budget")
        let gradeText = grade.map { LocalizedText(ko: "\($0)등급 요율", en: "grade \($0) rate") }
            ?? LocalizedText(ko: "등급별 요율(가중 평균)", en: "weighted grade rate")
        if let floor, rate < floor.value {
            let ratio = ratioPercent(rate, of: floor.value)
            findings.append(Finding(
                code: "commercial_rate_below_floor", severity: .high,
                message: LocalizedText(ko: "상용SW '\(name)'의 \(what.ko) \(rate)%가 등급과 무관한 최저 요율 \(floor.value)%보다 낮습니다 (\(ratio)%).",
                                       en: "Commercial SW '\(name)': the \(what.en), \(rate)%, is below the \(floor.value)% floor that applies whatever the grade (\(ratio)% of it)."),
                rule: LocalizedText(ko: "상용SW 유지관리 요율은 등급에 따라 \(floor.value)% 이상; " + statedRateRule.ko,
                                    en: "commercial SW maintenance is at least \(floor.value)% by grade; " + statedRateRule.en),
                sources: [floor.reference, statedRateReference], ratioPercent: ratio))
        }
        if rate < required {
            let ratio = ratioPercent(rate, of: required)
            findings.append(Finding(
                code: "commercial_rate_below_grade", severity: .medium,
                message: LocalizedText(ko: "상용SW '\(name)'의 \(what.ko) \(rate)%가 \(gradeText.ko) \(required)%보다 낮습니다 (\(ratio)%).",
                                       en: "Commercial SW '\(name)': the \(what.en), \(rate)%, is below the \(gradeText.en) of \(required)% (\(ratio)% of it)."),
                rule: LocalizedText(ko: "상용SW 유지관리비 = 라이선스 금액 × 등급별 요율; " + statedRateRule.ko,
                                    en: "commercial SW maintenance = licence price × grade rate; " + statedRateRule.en),
                sources: requiredSources + [statedRateReference], ratioPercent: ratio))
        }
        return findings
    }

    /// `numerator / denominator` × 100 with two decimals, truncated so a shortfall is never rounded away;
    /// `nil` for a zero denominator.
    static func percent(_ numerator: Int128, over denominator: Int128) -> ExactDecimal? {
        guard denominator > 0 else { return nil }
        let units = RoundingRule.towardZero.divide(numerator * 10_000, by: denominator)
        return Int64(exactly: units).map { ExactDecimal(significand: $0, scale: 2).normalized }
    }

    /// `part` as a percentage of `whole`, one decimal, truncated.
    static func ratioPercent(_ part: ExactDecimal, of whole: ExactDecimal) -> ExactDecimal {
        let scale = max(part.scale, whole.scale)
        let numerator = Int128(part.significand) * ExactDecimal.powerOfTen(scale - part.scale) * 1_000
        let denominator = Int128(whole.significand) * ExactDecimal.powerOfTen(scale - whole.scale)
        return ExactDecimal(significand: Int64(RoundingRule.towardZero.divide(numerator, by: denominator)), scale: 1)
    }
}
