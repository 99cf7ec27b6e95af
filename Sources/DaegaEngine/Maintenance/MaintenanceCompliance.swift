/// Checks a maintenance budget against the guide's rates and reports each shortfall with its ratio:
/// ``MaintenanceComplianceCore`` decides, ``MaintenanceComplianceWording`` words the findings.
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
                let check = MaintenanceComplianceCore.commercial(rate: rate, required: fee.ratePercent,
                                                                 floorPercent: estimate.commercialFloor?.value)
                findings += MaintenanceComplianceWording.commercial(
                    check, implied: false, name: fee.product.name, grade: fee.product.grade,
                    requiredSources: [fee.gradeReference ?? userRateReference], floor: estimate.commercialFloor)
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

    /// The findings of an amount budget: below the first year's estimate, the rates it implies, no rate stated.
    static func amountFindings(_ amount: Won, _ estimate: MaintenanceEstimate, comparesAmount: Bool) -> [Finding] {
        var findings: [Finding] = []
        let first = estimate.years[0]
        if comparesAmount, let ratio = MaintenanceComplianceCore.belowFirstYear(amount, firstYearTotal: first.total) {
            findings.append(MaintenanceComplianceWording.belowEstimate(amount, ratio: ratio, first: first))
        }
        var implied: ExactDecimal?
        if let application = estimate.application, estimate.commercial.isEmpty {
            implied = MaintenanceComplianceCore.impliedApplicationRate(
                amount: amount, directExpenses: application.directExpenses, basis: application.bases[0], months: first.months)
            findings += implied.map { applicationFindings(rate: $0, implied: true, application) } ?? []
        } else if estimate.application == nil {
            let licenses = MaintenanceComplianceCore.licenseTotal(estimate.commercial)
            implied = MaintenanceComplianceCore.impliedCommercialRate(amount: amount, licenses: licenses, months: first.months)
            let required = MaintenanceComplianceCore.requiredCommercialRate(annualTotal: estimate.commercialAnnualTotal, licenses: licenses)
            if let rate = implied, let required {
                let single = estimate.commercial.count == 1 ? estimate.commercial[0] : nil
                let check = MaintenanceComplianceCore.commercial(rate: rate, required: required,
                                                                 floorPercent: estimate.commercialFloor?.value)
                findings += MaintenanceComplianceWording.commercial(
                    check, implied: true, name: single?.product.name ?? "전체 \(estimate.commercial.count)개 제품",
                    grade: single?.product.grade, requiredSources: estimate.commercial.map { $0.gradeReference ?? userRateReference },
                    floor: estimate.commercialFloor)
            }
        }
        findings.append(MaintenanceComplianceWording.rateNotStated(implied: implied))
        return findings
    }

    /// The findings of an application-SW rate (`implied` when it came from an amount).
    static func applicationFindings(rate: ExactDecimal, implied: Bool, _ application: ApplicationMaintenanceFee) -> [Finding] {
        let check = MaintenanceComplianceCore.application(rate: rate, lowPercent: application.range.value.lowPercent,
                                                          difficultyPercent: application.ratePercent)
        return MaintenanceComplianceWording.application(check, implied: implied, application)
    }

    /// `numerator / denominator` × 100 with two decimals, truncated (``MaintenanceComplianceCore/percent(_:over:)``,
    /// which the budget check's price-weights assessment also reads under this name).
    static func percent(_ numerator: Int128, over denominator: Int128) -> ExactDecimal? {
        MaintenanceComplianceCore.percent(numerator, over: denominator)
    }
}
