/// 과업심의위원회 (소프트웨어 진흥법 제50조): every SW project's scope is reviewed; the six categories of 지침 제25조③
/// may use a simplified review. The 1억 line is judged on the VAT-inclusive budget, an assumption the finding states.
public enum TaskReviewAssessment {
    /// Whether a project may use the simplified review: a category other than the small-project one, or an amount
    /// within the limit.
    public static func isSimplified(amount: Won, category: ReviewCategory?, limit: Won) -> Bool {
        if let category, category != .smallProject { return true }
        return amount <= limit
    }

    /// The severity of `task_review_applies`: information, not a risk.
    public static let severity = Severity.low

    /// Whether the finding applies: on any day the rule book has the committee (every SW project is reviewed).
    @inline(__always)
    public static func applies(rules: ProcurementRules) -> Bool { rules.simplifiedTaskReviewUpTo != nil }

    /// The informational finding for a project amount and its stated category, or `nil` on a day before the
    /// committee existed.
    public static func finding(amount: Won, category: ReviewCategory? = nil, rules: ProcurementRules) -> Finding? {
        guard applies(rules: rules), let review = rules.simplifiedTaskReviewUpTo else { return nil }
        let limit = review.value
        let simplified = isSimplified(amount: amount, category: category, limit: limit)
        let reason: LocalizedText
        if let category, category != .smallProject {
            reason = LocalizedText(ko: " (\(category.name.ko)라 간소화 심의 가능)", en: " (simplified review allowed: \(category.name.en))")
        } else if simplified {
            reason = LocalizedText(ko: " (\(limit.grouped)원 이하라 간소화 심의 가능; 1억 기준의 VAT 포함 여부가 정해지지 않아 VAT 포함 예산으로 판단)",
                                   en: " (simplified review allowed up to ₩\(limit.grouped); whether that line includes VAT is unsettled, so the VAT-inclusive budget was used)")
        } else if category == .smallProject {
            reason = LocalizedText(ko: " (1억원 이하 범주로 적었지만 예산 \(amount.grouped)원(VAT 포함)이 \(limit.grouped)원을 넘어 간소화 대상이 아닐 수 있음)",
                                   en: " (stated as a project of 100 million or less, but the budget ₩\(amount.grouped) incl. VAT exceeds ₩\(limit.grouped))")
        } else {
            reason = LocalizedText(ko: "", en: "")
        }
        return Finding(
            code: FindingCode.taskReviewApplies.rawValue, severity: severity,
            message: LocalizedText(ko: "과업 내용 확정 전 과업심의위원회 심의를 거쳐야 합니다\(reason.ko).",
                                   en: "The scope must be reviewed by the task review committee before it is fixed\(reason.en)."),
            rule: LocalizedText(ko: "소프트웨어 진흥법 제50조 과업심의위원회; 간소화 심의 6개 범주 (「소프트웨어사업 계약 및 관리감독에 관한 지침」 제25조③)",
                                en: "SW Promotion Act art. 50 task review committee; six categories for a simplified review (contract management guideline art. 25(3))"),
            sources: [review.reference])
    }
}
