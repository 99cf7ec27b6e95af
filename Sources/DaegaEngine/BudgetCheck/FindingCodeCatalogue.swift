/// What each finding code of a budget check means, in a sentence without one project's numbers: the key printed
/// beside results that list codes only (a batch's `findings` column, its workbook's 코드 설명 sheet).
public enum FindingCodeCatalogue {
    /// The codes a project check can report, in the order the check looks at them, with their meaning.
    public static let checkFindings: [(code: String, meaning: LocalizedText)] = [
        ("coverage_below_guide", LocalizedText(
            ko: "예산이 적정 대가(VAT 포함)보다 적지만, 통상 낙찰률로 낙찰되어도 사업자 손익분기는 넘음",
            en: "the budget is below the proper cost (incl. VAT), but a winning bid at the typical award ratio still breaks even")),
        ("coverage_typical_bid_below_break_even", LocalizedText(
            ko: "통상 낙찰률로 낙찰되면 사업자 손익분기에 못 미침: 유찰 위험이 높음",
            en: "a winning bid at the typical award ratio falls below the vendor's break-even: high risk of a failed tender")),
        ("coverage_full_budget_below_break_even", LocalizedText(
            ko: "예산 전액으로 낙찰되어도 사업자 손익분기에 못 미침: 무응찰·단독응찰 가능성이 큼",
            en: "even a bid at the full budget is below break-even: no bid or a single bid is likely")),
        ("participation_pool", LocalizedText(
            ko: "사업 금액으로 정해지는 참여 가능 기업 범위 (대기업 참여하한)",
            en: "which firms may bid at this amount (large-firm participation floor)")),
        ("participation_just_below_threshold", LocalizedText(
            ko: "사업 금액이 대기업 참여하한 바로 아래: 참여 가능 기업이 좁아짐",
            en: "the amount sits just below a participation floor, narrowing the firms that may bid")),
        ("duration_too_short", LocalizedText(
            ko: "계획 사업기간이 기능점수로 구한 적정 사업기간보다 짧음",
            en: "the planned duration is shorter than the proper duration from the function points")),
        ("overhead_below_floor", LocalizedText(
            ko: "제경비율이 가이드의 하한보다 낮음", en: "the overhead rate is below the guide's floor")),
        ("technical_fee_below_floor", LocalizedText(
            ko: "기술료율이 가이드의 하한보다 낮음", en: "the technical fee rate is below the guide's floor")),
        ("wage_table_outdated", LocalizedText(
            ko: "기준일에 시행 중인 임금표보다 옛 적용연도의 임금을 씀", en: "wages from an older year than the table in force")),
        ("task_review_applies", LocalizedText(
            ko: "과업심의위원회 심의 대상 (간소화 요건 포함)", en: "the task review committee must review the project")),
        ("direct_purchase_applies", LocalizedText(
            ko: "상용SW 직접구매(분리발주) 대상일 수 있음", en: "commercial SW may have to be bought separately (direct purchase)")),
    ]

    /// The meaning of `code`, or `nil` for a code the catalogue does not list.
    public static func meaning(of code: String) -> LocalizedText? {
        checkFindings.first { $0.code == code }?.meaning
    }
}
