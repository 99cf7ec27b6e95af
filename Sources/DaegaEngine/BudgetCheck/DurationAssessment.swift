/// Planned duration against the proper duration from the function-point size (적정 사업기간).
public enum DurationAssessment {
    /// The finding when the planned months are fewer than the proper months, else `nil`.
    public static func finding(_ comparison: MethodComparison, narration: Narration = .full) -> Finding? {
        guard let planned = comparison.plannedMonths, let proper = comparison.properMonths, planned < proper else { return nil }
        return Finding(
            narration, code: "duration_too_short", severity: .medium,
            message: LocalizedText(
                ko: "계획 사업기간 \(planned)개월이 적정 사업기간 \(proper)개월(기능점수 \(comparison.functionPoints.functionPoints.grouped) FP ÷ 생산성 \(comparison.bandProductivity.value) FP/MM ÷ 인력 \(comparison.staff.map { "\($0)" } ?? "-")명)보다 짧습니다.",
                en: "The planned \(planned) months are shorter than the proper \(proper) months (\(comparison.functionPoints.functionPoints.grouped) FP ÷ \(comparison.bandProductivity.value) FP/MM ÷ \(comparison.staff.map { "\($0)" } ?? "-") staff)."),
            rule: LocalizedText(ko: "적정 사업기간 산정 (소프트웨어 진흥법 제45조, 「소프트웨어사업 계약 및 관리감독에 관한 지침」 별표 1)",
                                en: "proper project duration (SW Promotion Act art. 45; contract management guideline, annex 1)"),
            sources: [comparison.bandProductivity.reference],
            ratioPercent: planned.divided(by: proper, places: 3, rule: .towardZero)?.multiplied(by: ExactDecimal(100)))
    }
}
