/// The wording of a man-month price: trace steps rendered from ``ManMonthCore``'s figures, which it never recomputes.
enum ManMonthExplanation {
    /// The step of one priced staffing line.
    static func lineStep(_ line: StaffingLine, index: Int, job: JobWage, figures: StaffingLineFigures,
                         dayCount: Sourced<ExactDecimal>?, step: RoundingStep, rounding: Sourced<RoundingStep>) -> TraceStep {
        let monthly = figures.monthly
        let unit = LocalizedText(ko: monthly ? "월평균임금" : "일평균임금", en: monthly ? "monthly wage" : "daily wage")
        let measure = LocalizedText(ko: monthly ? "투입 M/M" : "투입 M/D", en: monthly ? "man-months" : "man-days")
        var inputs = [TraceInput(unit, .won(figures.wage)), TraceInput(measure, .number(figures.quantity))]
        var rates = [job.reference, rounding.reference]
        if case let .months(months) = line.effort, !monthly {
            // Months priced as days: the day count converted them.
            inputs.append(TraceInput(LocalizedText(ko: "투입 M/M × 월 근무일수", en: "man-months × working days"),
                                     .text("\(months) × \(dayCount!.value)")))
            rates.append(dayCount!.reference)
        }
        return TraceStep(
            key: "labor_line_\(index + 1)", label: LocalizedText(ko: "\(job.name) 인건비", en: "labor: \(job.name)"),
            formula: LocalizedText(ko: "\(unit.ko) × \(measure.ko)", en: "\(unit.en) × \(measure.en)"),
            inputs: inputs, result: .won(figures.amount), rounding: step, rates: rates)
    }

    /// Records the steps from 직접인건비 to the total with VAT.
    static func recordTotals(_ totals: ManMonthTotals, lines: [PricedStaffingLine], labor: LaborRates, edition: GuideEdition,
                             recorder: inout TraceRecorder) {
        let step = labor.rounding.value
        recorder.record(TraceStep(
            key: "direct_labor", label: LocalizedText(ko: "직접인건비", en: "direct labor"),
            formula: LocalizedText(ko: "Σ 직무별 인건비", en: "Σ labor per job"),
            inputs: lines.map { TraceInput(LocalizedText(ko: $0.job, en: $0.job), .won($0.amount)) },
            result: .won(totals.directLabor)))
        recorder.record(TraceStep(
            key: "overhead", label: LocalizedText(ko: "제경비", en: "overhead"),
            formula: LocalizedText(ko: "직접인건비 × 제경비율", en: "direct labor × overhead rate"),
            inputs: [TraceInput(LocalizedText(ko: "직접인건비", en: "direct labor"), .won(totals.directLabor)),
                     TraceInput(LocalizedText(ko: "제경비율", en: "overhead rate"), .percent(totals.overheadPercent))],
            result: .won(totals.overhead), rounding: step, rates: [labor.overhead.reference, labor.rounding.reference]))
        recorder.record(TraceStep(
            key: "technical_fee", label: LocalizedText(ko: "기술료", en: "technical fee"),
            formula: LocalizedText(ko: "(직접인건비 + 제경비) × 기술료율", en: "(direct labor + overhead) × technical fee rate"),
            inputs: [TraceInput(LocalizedText(ko: "직접인건비 + 제경비", en: "direct labor + overhead"), .won(totals.feeBase)),
                     TraceInput(LocalizedText(ko: "기술료율", en: "technical fee rate"), .percent(totals.technicalFeePercent))],
            result: .won(totals.technicalFee), rounding: step, rates: [labor.technicalFee.reference, labor.rounding.reference]))
        recorder.record(TraceStep(
            key: "direct_expenses", label: LocalizedText(ko: "직접경비", en: "direct expenses"),
            formula: LocalizedText(ko: "입력값", en: "as given"), inputs: [], result: .won(totals.directExpenses)))
        recorder.record(TraceStep(
            key: "total", label: LocalizedText(ko: "사업대가 (VAT 별도)", en: "total (excl. VAT)"),
            formula: LocalizedText(ko: "직접인건비 + 제경비 + 기술료 + 직접경비 (별도 이윤 없음)",
                                   en: "direct labor + overhead + technical fee + direct expenses (no separate profit)"),
            inputs: [TraceInput(LocalizedText(ko: "직접인건비", en: "direct labor"), .won(totals.directLabor)),
                     TraceInput(LocalizedText(ko: "제경비", en: "overhead"), .won(totals.overhead)),
                     TraceInput(LocalizedText(ko: "기술료", en: "technical fee"), .won(totals.technicalFee)),
                     TraceInput(LocalizedText(ko: "직접경비", en: "direct expenses"), .won(totals.directExpenses))],
            result: .won(totals.total)))
        VATCalculation.record(total: totals.total, vat: totals.vat, totalWithVAT: totals.totalWithVAT, edition: edition,
                              recorder: &recorder)
    }
}
