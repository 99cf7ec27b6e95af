/// 과업심의위원회 (소프트웨어 진흥법 제50조): every SW project's scope is reviewed; small ones may use a simplified review.
public enum TaskReviewAssessment {
    /// The informational finding for a project amount, or `nil` on a day before the committee existed.
    public static func finding(amount: Won, rules: ProcurementRules, narration: Narration = .full) -> Finding? {
        guard let review = rules.simplifiedTaskReviewUpTo else { return nil }
        let limit = review.value
        let simplified = amount <= limit
        return Finding(
            narration, code: "task_review_applies", severity: .low,
            message: LocalizedText(
                ko: "과업 내용 확정 전 과업심의위원회 심의를 거쳐야 합니다\(simplified ? " (\(limit.grouped)원 이하라 간소화 심의 가능)" : "").",
                en: "The scope must be reviewed by the task review committee before it is fixed\(simplified ? " (simplified review allowed up to ₩\(limit.grouped))" : "")."),
            rule: LocalizedText(ko: "소프트웨어 진흥법 제50조 과업심의위원회", en: "SW Promotion Act art. 50 task review committee"),
            sources: [review.reference])
    }
}
