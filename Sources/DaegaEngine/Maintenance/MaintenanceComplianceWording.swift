/// The findings' sentences of a maintenance budget check, rendered from ``MaintenanceComplianceCore``'s decisions;
/// nothing here compares or computes a rate.
enum MaintenanceComplianceWording {
    /// An amount budget below the first year's estimate.
    static func belowEstimate(_ amount: Won, ratio: ExactDecimal, first: MaintenanceYear) -> Finding {
        Finding(
            code: "budget_below_estimate", severity: .medium,
            message: LocalizedText(
                ko: "유지관리 예산 \(amount.grouped)원은 1차년도(\(first.months)개월) 산정액 \(first.total.grouped)원(VAT 별도)의 \(ratio)%입니다.",
                en: "The maintenance budget ₩\(amount.grouped) is \(ratio)% of the first year's (\(first.months) months) estimate ₩\(first.total.grouped) excl. VAT."),
            rule: LocalizedText(ko: "유지관리 예산은 SW사업 대가산정 가이드로 산정한 금액 이상", en: "a maintenance budget should be at least the guide's estimate"),
            sources: [MaintenanceCompliance.statedRateReference], ratioPercent: ratio)
    }

    /// A budget given as an amount only, with the rate it implies when one can be formed.
    static func rateNotStated(implied: ExactDecimal?) -> Finding {
        let impliedText = implied.map { LocalizedText(ko: " 금액에서 환산한 요율은 \($0)%입니다.", en: " The rate implied by the amount is \($0)%.") }
            ?? LocalizedText(ko: " 응용SW와 상용SW가 함께 있어 금액만으로는 요율을 나눌 수 없습니다 (예산 요율을 주십시오).",
                             en: " With both application and commercial SW the amount cannot be split into rates (give the budget's rate).")
        return Finding(
            code: "rate_not_stated", severity: .low,
            message: LocalizedText(ko: "예산이 금액으로만 주어져 요율이 명시되지 않았습니다." + impliedText.ko,
                                   en: "The budget is an amount only and states no rate." + impliedText.en),
            rule: MaintenanceCompliance.statedRateRule, sources: [MaintenanceCompliance.statedRateReference])
    }

    /// The findings of an application-SW rate check; `implied` when the rate came from an amount.
    static func application(_ check: ApplicationRateCheck, implied: Bool, _ application: ApplicationMaintenanceFee) -> [Finding] {
        var findings: [Finding] = []
        let what = implied ? LocalizedText(ko: "예산 금액에서 환산한 응용SW 유지관리 요율", en: "application SW rate implied by the budget")
                           : LocalizedText(ko: "응용SW 유지관리 예산 요율", en: "application SW rate in the budget")
        if let below = check.belowRange {
            let (rate, floor, ratio, high) = (below.rate, below.threshold, below.ratioPercent, application.range.value.highPercent)
            findings.append(Finding(
                code: "application_rate_below_range", severity: .high,
                message: LocalizedText(ko: "\(what.ko) \(rate)%가 가이드 하한 \(floor)%보다 낮습니다 (하한의 \(ratio)%).",
                                       en: "The \(what.en), \(rate)%, is below the guide's floor of \(floor)% (\(ratio)% of it)."),
                rule: LocalizedText(ko: "응용SW 유지관리 요율은 개발비의 \(floor)~\(high)%",
                                    en: "application SW maintenance is \(floor)–\(high)% of the development cost"),
                sources: [application.range.reference], ratioPercent: ratio))
        }
        if let below = check.belowDifficulty {
            let (rate, required, ratio, score) = (below.rate, below.threshold, below.ratioPercent, application.difficultyScore)
            let formula = application.formula.value
            findings.append(Finding(
                code: "application_rate_below_difficulty", severity: .medium,
                message: LocalizedText(ko: "\(what.ko) \(rate)%가 난이도(TMP \(score)점)에 따른 요율 \(required)%보다 낮습니다 (\(ratio)%).",
                                       en: "The \(what.en), \(rate)%, is below the rate for difficulty score \(score), \(required)% (\(ratio)% of it)."),
                rule: LocalizedText(ko: "응용SW 유지관리 요율 = \(formula.text) (유지관리 난이도 평가)",
                                    en: "application SW rate = \(formula.text) (maintenance difficulty)"),
                sources: [application.formula.reference], ratioPercent: ratio))
        }
        return findings
    }

    /// The findings of a commercial-SW rate check for the product (or products) `name`; `grade` is `nil` for a
    /// weighted rate over several products.
    static func commercial(_ check: CommercialRateCheck, implied: Bool, name: String, grade: Int?,
                           requiredSources: [RateReference], floor: Sourced<ExactDecimal>?) -> [Finding] {
        var findings: [Finding] = []
        let what = implied ? LocalizedText(ko: "예산 금액에서 환산한 요율", en: "rate implied by the budget")
                           : LocalizedText(ko: "예산 요율", en: "rate in the budget")
        let gradeText = grade.map { LocalizedText(ko: "\($0)등급 요율", en: "grade \($0) rate") }
            ?? LocalizedText(ko: "등급별 요율(가중 평균)", en: "weighted grade rate")
        let stated = MaintenanceCompliance.statedRateRule
        if let below = check.belowFloor, let floor {
            let (rate, ratio) = (below.rate, below.ratioPercent)
            findings.append(Finding(
                code: "commercial_rate_below_floor", severity: .high,
                message: LocalizedText(ko: "상용SW '\(name)'의 \(what.ko) \(rate)%가 등급과 무관한 최저 요율 \(floor.value)%보다 낮습니다 (\(ratio)%).",
                                       en: "Commercial SW '\(name)': the \(what.en), \(rate)%, is below the \(floor.value)% floor that applies whatever the grade (\(ratio)% of it)."),
                rule: LocalizedText(ko: "상용SW 유지관리 요율은 등급에 따라 \(floor.value)% 이상; " + stated.ko,
                                    en: "commercial SW maintenance is at least \(floor.value)% by grade; " + stated.en),
                sources: [floor.reference, MaintenanceCompliance.statedRateReference], ratioPercent: ratio))
        }
        if let below = check.belowGrade {
            let (rate, required, ratio) = (below.rate, below.threshold, below.ratioPercent)
            findings.append(Finding(
                code: "commercial_rate_below_grade", severity: .medium,
                message: LocalizedText(ko: "상용SW '\(name)'의 \(what.ko) \(rate)%가 \(gradeText.ko) \(required)%보다 낮습니다 (\(ratio)%).",
                                       en: "Commercial SW '\(name)': the \(what.en), \(rate)%, is below the \(gradeText.en) of \(required)% (\(ratio)% of it)."),
                rule: LocalizedText(ko: "상용SW 유지관리비 = 라이선스 금액 × 등급별 요율; " + stated.ko,
                                    en: "commercial SW maintenance = licence price × grade rate; " + stated.en),
                sources: requiredSources + [MaintenanceCompliance.statedRateReference], ratioPercent: ratio))
        }
        return findings
    }
}
