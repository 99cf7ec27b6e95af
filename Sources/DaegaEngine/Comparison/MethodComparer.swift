/// Compares a function-point estimate with a man-month estimate of the same project.
///
/// Figures that are not money (FP/MM, man-months, staff, months) are exact quotients rounded half to even to two
/// decimals (the duration to one); the blended monthly rate is money and is rounded half away from zero to the won.
public enum MethodComparer {
    /// Compares two estimates.
    /// - Parameters:
    ///   - functionPoints: the FP estimate.
    ///   - manMonths: the man-month estimate.
    ///   - bands: the 적정 사업기간 productivity table.
    ///   - work: the kind of work; `nil` assumes new development, with a note.
    ///   - plannedMonths: the planned duration, when known.
    /// - Throws: `DaegaError` when the planned duration is not positive or an amount overflows.
    public static func compare(_ functionPoints: FunctionPointEstimate, _ manMonths: ManMonthEstimate, bands: ProductivityBands,
                               work given: WorkKind?, plannedMonths: ExactDecimal?,
                               narration: Narration = .full) throws -> MethodComparison {
        if let plannedMonths, plannedMonths <= .zero {
            throw DaegaError(.valueOutOfRange, at: .field("duration_months"), "사업기간 \(plannedMonths)개월은 양수가 아닙니다",
                             expected: "0보다 큰 개월 수 (예: 10)")
        }
        var recorder = TraceRecorder(narration)
        var notes = NoteList(narration)
        let work = given ?? .development
        if given == nil {
            notes.append(EstimateNote(code: "work_assumed", text: LocalizedText(
                ko: "사업 유형이 없어 기능점수 규모가 있는 신규 개발 사업으로 보았습니다 (--work 또는 [staffing] work).",
                en: "No kind of work was given; the project was taken as new development, since it has a function-point scope (--work or [staffing] work).")))
        }
        let fp = functionPoints.functionPoints
        let difference = try manMonths.total.subtracting(functionPoints.total, what: "차이")
        let differenceWithVAT = try manMonths.totalWithVAT.subtracting(functionPoints.totalWithVAT, what: "차이")
        let differencePercent = difference.percent(of: functionPoints.total)
        recorder.record(TraceStep(
            key: "difference", label: LocalizedText(ko: "차이 (투입공수 − 기능점수, VAT 별도)", en: "difference (man-months − FP, excl. VAT)"),
            formula: LocalizedText(ko: "투입공수 사업대가 − 기능점수 개발비", en: "man-month total − FP total"),
            inputs: [TraceInput(LocalizedText(ko: "투입공수", en: "man-months"), .won(manMonths.total)),
                     TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .won(functionPoints.total))],
            result: .won(difference)))

        let half = RoundingRule.toNearestOrEven
        let planMonths = manMonths.manMonths
        let implied = planMonths.flatMap { fp.divided(by: $0, places: 2, rule: half) }
        let blended = try planMonths.map { months -> Won in
            try RoundingStep(rule: .toNearestOrAway).apply(Int128(manMonths.total.value) * ExactDecimal.powerOfTen(months.scale),
                                                          over: Int128(months.significand), what: "평균 월 단가")
        }
        let paid = blended.flatMap { rate in
            ExactDecimal(functionPoints.total.value).divided(by: ExactDecimal(rate.value), places: 2, rule: half)
        }
        if let planMonths, let implied, let blended, let paid {
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

        let band = Sourced(bands.productivity(for: fp), bands.bands.reference)
        guard let required = fp.divided(by: band.value, places: 2, rule: half) else { throw DaegaError.amountOverflow("1인 총투입기간") }
        recorder.record(TraceStep(
            key: "required_man_months", label: LocalizedText(ko: "1인 총투입기간", en: "required man-months"),
            formula: LocalizedText(ko: "기능점수 ÷ 1인 생산성", en: "function points ÷ productivity per person"),
            inputs: [TraceInput(LocalizedText(ko: "기능점수", en: "function points"), .number(fp)),
                     TraceInput(LocalizedText(ko: "1인 생산성 (FP/MM)", en: "productivity (FP/MM)"), .number(band.value))],
            result: .number(required), rates: [band.reference]))
        var staff: ExactDecimal?, proper: ExactDecimal?
        if let plannedMonths, let planMonths, let people = planMonths.divided(by: plannedMonths, places: 2, rule: half), people > .zero {
            staff = people
            proper = required.divided(by: people, places: 1, rule: half)
            recorder.record(TraceStep(
                key: "staff", label: LocalizedText(ko: "투입 인력 수 (평균)", en: "average staff"),
                formula: LocalizedText(ko: "계획 M/M ÷ 계획 사업기간", en: "planned man-months ÷ planned months"),
                inputs: [TraceInput(LocalizedText(ko: "계획 M/M", en: "planned man-months"), .number(planMonths)),
                         TraceInput(LocalizedText(ko: "계획 사업기간 (월)", en: "planned months"), .number(plannedMonths))],
                result: .number(people)))
            recorder.record(TraceStep(
                key: "proper_duration", label: LocalizedText(ko: "적정 사업기간 (월)", en: "proper duration (months)"),
                formula: LocalizedText(ko: "1인 총투입기간 ÷ 투입 인력 수", en: "required man-months ÷ staff"),
                inputs: [TraceInput(LocalizedText(ko: "1인 총투입기간", en: "required man-months"), .number(required)),
                         TraceInput(LocalizedText(ko: "인력 수", en: "staff"), .number(people))],
                result: .number(proper!), rates: [band.reference]))
        } else if plannedMonths == nil {
            notes.append(EstimateNote(code: "duration_unknown", text: LocalizedText(
                ko: "계획 사업기간이 없어 적정 사업기간과 비교하지 않았습니다 (--duration-months 또는 [staffing] duration_months).",
                en: "No planned duration was given, so the proper duration was not compared (--duration-months or [staffing] duration_months).")))
        }
        recorder.use(functionPoints.rates + manMonths.rates)
        var comparison = MethodComparison(
            functionPoints: functionPoints, manMonths: manMonths, work: work, difference: difference,
            differenceWithVAT: differenceWithVAT, differencePercent: differencePercent, planManMonths: planMonths,
            impliedProductivity: implied, blendedMonthlyRate: blended, manMonthsAtFunctionPointCost: paid,
            bandProductivity: band, requiredManMonths: required, plannedMonths: plannedMonths, staff: staff,
            properMonths: proper, explanation: [], trace: recorder.steps, notes: notes.items, rates: recorder.rates)
        if narration == .full { comparison.explanation = ComparisonExplanation.sentences(for: comparison) }
        return comparison
    }
}
