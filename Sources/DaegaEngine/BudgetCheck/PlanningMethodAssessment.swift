/// Planning projects (ISP·ISMP·EA·ITA): since the 2021 edition the guide prices them by a 컨설팅 업무량 방식 whose
/// figures daega does not have, so they are priced by man-months and the finding says so.
public enum PlanningMethodAssessment {
    /// Where the 컨설팅 업무량 방식 is reported, for the finding's sources.
    public static let reference = RateReference(
        book: "guide", edition: "SW사업 대가산정 가이드 2021·2023", key: "컨설팅 업무량 방식",
        source: "이데일리 2021 (ISP 대가를 컨설팅 업무량 방식으로 산정); 전자신문 2023-12-12 (EA·ITA 포함); 방식의 수치는 공개 자료에서 확인하지 못함",
        status: .uncertain)

    /// The informational finding for a planning project.
    public static func finding() -> Finding {
        Finding(
            code: FindingCode.planningWorkloadMethodMissing.rawValue, severity: .low,
            message: LocalizedText(
                ko: "기획(ISP·EA·ITA) 사업은 가이드가 컨설팅 업무량 방식으로 산정하도록 하지만 그 수치가 daega에 없어 투입공수 방식으로 산정했습니다: 업무량 방식 산정액과 비교해 확인하세요.",
                en: "The guide prices planning (ISP, EA, ITA) by its consulting workload method, whose figures daega does not have; this project was priced by man-months: compare with a workload-method estimate."),
            rule: LocalizedText(ko: "SW사업 대가산정 가이드 2021판부터 ISP 컨설팅 업무량 방식 (2023판부터 EA·ITA 포함)",
                                en: "SW pricing guide: consulting workload method for ISP since the 2021 edition (EA and ITA since 2023)"),
            sources: [reference])
    }
}
