/// 협상 가격 배점 (행정안전부 「행정기관 및 공공기관 정보시스템 구축·운영 지침」 제18조): a project that states the
/// alternative weights (80:20) gets a note naming the case, and a finding when the project's own figures show that the
/// case does not hold (HW below half of the budget; 추정가격 of 1억 or more). The agency head's decision cannot be
/// checked from a project file.
public enum PriceWeightsAssessment {
    /// Whether 추정가격 (the budget without VAT) is under `limit`: budget × 100 < limit × (100 + VAT%), exactly.
    public static func estimatedPrice(ofBudgetWithVAT budget: Won, vatPercent: ExactDecimal, isUnder limit: Won) -> Bool {
        let scale = vatPercent.scale
        let hundred = 100 * ExactDecimal.powerOfTen(scale)
        return Int128(budget.value) * hundred < Int128(limit.value) * (hundred + vatPercent.significand(atScale: scale))
    }

    /// Whether `hardware` is at least `sharePercent` of `budget` (both on the same VAT basis).
    public static func hardware(_ hardware: Won, of budget: Won, reaches sharePercent: ExactDecimal) -> Bool {
        let scale = sharePercent.scale
        return Int128(hardware.value) * 100 * ExactDecimal.powerOfTen(scale) >= Int128(budget.value) * sharePercent.significand(atScale: scale)
    }

    /// The findings for the weights a project states; none for the default weights or on a day before the book covers them.
    /// - Parameters:
    ///   - budgetAsGiven: the budget on the basis it was given, which `hardwareAmount` shares.
    ///   - budgetWithVAT: the budget with VAT, from which 추정가격 is taken.
    /// - Throws: `DaegaError` at the choice's location for weights the book does not allow or a missing case.
    public static func findings(_ choice: PriceWeightsChoice, budgetAsGiven: Won, budgetWithVAT: Won, hardwareAmount: Won?,
                                vatPercent: ExactDecimal, rules: ProcurementRules) throws -> [Finding] {
        guard let standard = rules.priceScore else { return [] }
        let alternative = rules.alternativePriceWeights
        guard try choice.isAlternative(standard: standard.value, alternative: alternative?.value),
              let alternative, let weightCase = choice.weightCase else { return [] }
        let weights = alternative.value
        let name = weightCase.name(weights)
        let article = LocalizedText(ko: "행정안전부 「행정기관 및 공공기관 정보시스템 구축·운영 지침」 제18조: 기술 \(standard.value.technicalPoints) : 가격 \(standard.value.pricePoints), 예외 \(weights.text)",
                                    en: "Ministry of the Interior and Safety information system guideline art. 18: technical \(standard.value.technicalPoints) : price \(standard.value.pricePoints), alternative \(weights.text)")
        var findings: [Finding] = []
        var unchecked: LocalizedText?
        switch weightCase {
        case .hardware:
            if let hardwareAmount {
                if !hardware(hardwareAmount, of: budgetAsGiven, reaches: weights.hardwareSharePercent) {
                    let share = MaintenanceCompliance.percent(Int128(hardwareAmount.value), over: Int128(budgetAsGiven.value))
                    findings.append(Finding(
                        code: FindingCode.priceWeightsCaseNotMet.rawValue, severity: .medium,
                        message: LocalizedText(
                            ko: "배점 \(weights.text)의 사유로 HW 비중을 적었지만 HW \(hardwareAmount.grouped)원은 사업금액 \(budgetAsGiven.grouped)원의 \(share.map { "\($0)" } ?? "-")%로 \(weights.hardwareSharePercent)%에 못 미칩니다.",
                            en: "The weights \(weights.text) cite the hardware share, but hardware of ₩\(hardwareAmount.grouped) is \(share.map { "\($0)" } ?? "-")% of the ₩\(budgetAsGiven.grouped) budget, under \(weights.hardwareSharePercent)%."),
                        rule: article, sources: [alternative.reference], ratioPercent: share))
                }
            } else {
                unchecked = LocalizedText(ko: " HW 금액이 없어 비중은 확인하지 못했습니다 ([budget] hardware_amount).",
                                          en: " No hardware amount was given, so the share was not checked ([budget] hardware_amount).")
            }
        case .smallDevelopment:
            if !estimatedPrice(ofBudgetWithVAT: budgetWithVAT, vatPercent: vatPercent, isUnder: weights.developmentUnder) {
                findings.append(Finding(
                    code: FindingCode.priceWeightsCaseNotMet.rawValue, severity: .medium,
                    message: LocalizedText(
                        ko: "배점 \(weights.text)의 사유로 1억 미만 개발을 적었지만 예산 \(budgetWithVAT.grouped)원(VAT 포함)의 추정가격(VAT 별도)이 \(weights.developmentUnder.grouped)원 이상입니다.",
                        en: "The weights \(weights.text) cite a small development project, but the estimated price (excl. VAT) of the ₩\(budgetWithVAT.grouped) budget (incl. VAT) is ₩\(weights.developmentUnder.grouped) or more."),
                    rule: article, sources: [alternative.reference]))
            }
        case .agencyHead:
            unchecked = LocalizedText(ko: " 발주기관의 장의 결정 근거를 문서로 남기십시오.", en: " Keep the agency head's decision on file.")
        }
        findings.append(Finding(
            code: FindingCode.priceWeightsAlternative.rawValue, severity: .low,
            message: LocalizedText(
                ko: "협상 배점을 기술 \(weights.technicalPoints) : 가격 \(weights.pricePoints)으로 합니다 (사유: \(name.ko)).\(unchecked?.ko ?? "")",
                en: "The negotiation weighs technical \(weights.technicalPoints) : price \(weights.pricePoints) (because: \(name.en)).\(unchecked?.en ?? "")"),
            rule: article, sources: [alternative.reference, standard.reference]))
        return findings
    }
}
