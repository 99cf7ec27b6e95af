/// 하도급 (소프트웨어 진흥법 제51조): a share above the book's limit and any 재하도급 are findings.
public enum SubcontractingAssessment {
    /// Whether `plan` subcontracts more than the limit allows (a share equal to the limit is allowed).
    public static func exceedsLimit(_ plan: SubcontractingPlan, limits: SubcontractingLimits) -> Bool {
        plan.percent > limits.limitPercent
    }

    /// The findings for a subcontracting plan; none on a day before the limits were in force.
    public static func findings(_ plan: SubcontractingPlan, rules: ProcurementRules) -> [Finding] {
        guard let limits = rules.subcontracting else { return [] }
        var findings: [Finding] = []
        if exceedsLimit(plan, limits: limits.value) {
            findings.append(Finding(
                code: FindingCode.subcontractingOverLimit.rawValue, severity: .high,
                message: LocalizedText(
                    ko: "하도급 비율 \(plan.percent)%가 상한 \(limits.value.limitPercent)%를 넘습니다 (사업금액에서 물품·상용SW 구매 제외).",
                    en: "The subcontracted share of \(plan.percent)% exceeds the \(limits.value.limitPercent)% limit (of the project amount without goods and commercial SW)."),
                rule: LocalizedText(
                    ko: "소프트웨어 진흥법 제51조, 같은 법 시행령 제48조: 하도급은 사업금액의 \(limits.value.limitPercent)% 이내, 발주기관 사전 승인",
                    en: "SW Promotion Act art. 51 and its decree art. 48: at most \(limits.value.limitPercent)% may be subcontracted, with the agency's prior approval"),
                sources: [limits.reference], ratioPercent: plan.percent))
        }
        if plan.resubcontracting && limits.value.resubcontractingBarred {
            findings.append(Finding(
                code: FindingCode.resubcontractingBarred.rawValue, severity: .high,
                message: LocalizedText(ko: "재하도급이 계획되어 있습니다: 원칙적으로 금지되며 발주기관 승인이 있어야 예외입니다.",
                                       en: "Resubcontracting is planned: it is barred in principle, allowed only with the agency's approval."),
                rule: LocalizedText(ko: "소프트웨어 진흥법 제51조: 재하도급 금지 (발주기관 승인 시 예외)",
                                    en: "SW Promotion Act art. 51: resubcontracting barred (unless the agency approves)"),
                sources: [limits.reference]))
        }
        return findings
    }
}
