/// The trace steps and notes of a comparison, rendered from ``ComparisonCore``'s figures without recomputing them.
enum ComparisonTrace {
    /// Records the steps and notes of `figures`.
    static func record(_ figures: ComparisonFigures, functionPoints: FunctionPointEstimate, manMonths: ManMonthEstimate,
                       plannedMonths: ExactDecimal?, bands: ProductivityBands, recorder: inout TraceRecorder,
                       notes: inout NoteList) {
        let fp = functionPoints.functionPoints
        recorder.record(TraceStep(
            key: "difference", label: LocalizedText(ko: "차이 (투입공수 − 기능점수, VAT 별도)", en: "difference (man-months − FP, excl. VAT)"),
            formula: LocalizedText(ko: "투입공수 사업대가 − 기능점수 개발비", en: "man-month total − FP total"),
            inputs: [TraceInput(LocalizedText(ko: "투입공수", en: "man-months"), .won(manMonths.total)),
                     TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .won(functionPoints.total))],
            result: .won(figures.difference)))
        if let planMonths = manMonths.manMonths, let implied = figures.impliedProductivity, let blended = figures.blendedMonthlyRate,
           let paid = figures.manMonthsAtFunctionPointCost {
            recorder.record(TraceStep(
                key: "implied_productivity", label: LocalizedText(ko: "계획의 생산성", en: "plan's productivity"),
                formula: LocalizedText(ko: "기능점수 ÷ 계획 M/M", en: "function points ÷ planned man-months"),
                inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(fp)),
                         TraceInput(LocalizedText(ko: "계획 M/M", en: "planned man-months"), .number(planMonths))],
                result: .number(implied)))
            recorder.record(TraceStep(
                key: "blended_monthly_rate", label: LocalizedText(ko: "계획의 M/M당 평균 단가", en: "plan's cost per man-month"),
                formula: LocalizedText(ko: "투입공수 사업대가(VAT 별도) ÷ 계획 M/M", en: "man-month total (excl. VAT) ÷ planned man-months"),
                inputs: [TraceInput(LocalizedText(ko: "사업대가", en: "total"), .won(manMonths.total)),
                         TraceInput(LocalizedText(ko: "계획 M/M", en: "planned man-months"), .number(planMonths))],
                result: .won(blended), rounding: RoundingStep(rule: .toNearestOrAway)))
            recorder.record(TraceStep(
                key: "man_months_at_fp_cost", label: LocalizedText(ko: "기능점수 금액으로 살 수 있는 M/M", en: "man-months the FP cost pays"),
                formula: LocalizedText(ko: "기능점수 개발비(VAT 별도) ÷ M/M당 평균 단가", en: "FP total (excl. VAT) ÷ cost per man-month"),
                inputs: [TraceInput(LocalizedText(ko: "기능점수 개발비", en: "FP total"), .won(functionPoints.total)),
                         TraceInput(LocalizedText(ko: "M/M당 평균 단가", en: "cost per man-month"), .won(blended))],
                result: .number(paid)))
        } else {
            notes.append(EstimateNote(code: "plan_months_unknown", text: LocalizedText(
                ko: "투입일(M/D)로 준 인력을 M/M으로 바꿀 근무일수가 없어 생산성·평균 단가를 계산하지 않았습니다 (--working-days로 주면 계산합니다).",
                en: "Man-days could not be stated as man-months (no working-day count), so productivity and the blended rate were not computed (give --working-days).")))
        }
        recorder.record(TraceStep(
            key: "required_man_months", label: LocalizedText(ko: "1인 총투입기간", en: "required man-months"),
            formula: LocalizedText(ko: "기능점수 ÷ 1인 생산성", en: "function points ÷ productivity per person"),
            inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(fp)),
                     TraceInput(LocalizedText(ko: "1인 생산성 (FP/MM)", en: "productivity (FP/MM)"), .number(figures.bandProductivity))],
            result: .number(figures.requiredManMonths), rates: [bands.bands.reference]))
        if let plannedMonths, let planMonths = manMonths.manMonths, let people = figures.staff {
            recorder.record(TraceStep(
                key: "staff", label: LocalizedText(ko: "투입 인력 수 (평균)", en: "average staff"),
                formula: LocalizedText(ko: "계획 M/M ÷ 계획 사업기간", en: "planned man-months ÷ planned months"),
                inputs: [TraceInput(LocalizedText(ko: "계획 M/M", en: "planned man-months"), .number(planMonths)),
                         TraceInput(LocalizedText(ko: "계획 사업기간 (월)", en: "planned months"), .number(plannedMonths))],
                result: .number(people)))
            recorder.record(TraceStep(
                key: "proper_duration", label: LocalizedText(ko: "적정 사업기간 (월)", en: "proper duration (months)"),
                formula: LocalizedText(ko: "1인 총투입기간 ÷ 투입 인력 수", en: "required man-months ÷ staff"),
                inputs: [TraceInput(LocalizedText(ko: "1인 총투입기간", en: "required man-months"), .number(figures.requiredManMonths)),
                         TraceInput(LocalizedText(ko: "인력 수", en: "staff"), .number(people))],
                result: .number(figures.properMonths!), rates: [bands.bands.reference]))
        } else if plannedMonths == nil {
            notes.append(EstimateNote(code: "duration_unknown", text: LocalizedText(
                ko: "계획 사업기간이 없어 적정 사업기간과 비교하지 않았습니다 (--duration-months 또는 [staffing] duration_months).",
                en: "No planned duration was given, so the proper duration was not compared (--duration-months or [staffing] duration_months).")))
        }
    }
}
