/// The wording of a man-month price: trace steps rendered from ``ManMonthCore``'s figures, which it never recomputes.
enum ManMonthExplanation {
    /// The 제경비율's name and input field.
    static let overheadRate = LocalizedText(ko: "제경비율", en: "overhead rate"), overheadField = "overhead_rate"
    /// The 기술료율's name and input field.
    static let technicalFeeRate = LocalizedText(ko: "기술료율", en: "technical fee rate"), technicalFeeField = "technical_fee_rate"

    /// The notes on a request's rates and day count, in the estimate's order: a default or out-of-range 제경비율,
    /// the same for the 기술료율, then the working days ignored (the table publishes its own) or assumed.
    static func notes(_ request: ManMonthRequest, table: WageTable, labor: LaborRates, edition: GuideEdition) -> NoteList {
        var notes = NoteList()
        rateNote(request.overheadPercent, range: labor.overhead, name: overheadRate, field: overheadField, edition: edition,
                 notes: &notes)
        rateNote(request.technicalFeePercent, range: labor.technicalFee, name: technicalFeeRate, field: technicalFeeField,
                 edition: edition, notes: &notes)
        dayCountNote(table: table, given: request.workingDays, notes: &notes)
        return notes
    }

    /// The note on a rate: the default used when none was given, or a given rate outside the edition's range.
    private static func rateNote(_ given: ExactDecimal?, range: Sourced<PercentRange>, name: LocalizedText, field: String,
                                 edition: GuideEdition, notes: inout NoteList) {
        guard let given else {
            notes.append(EstimateNote(code: "\(field)_default", text: LocalizedText(
                ko: "\(name.ko)이 주어지지 않아 「\(edition.title)」 범위 \(range.value.text)의 기본값 \(range.value.defaultPercent)%를 적용했습니다.",
                en: "No \(name.en) was given; the default \(range.value.defaultPercent)% of the \(range.value.text) range of \"\(edition.title)\" was used.")))
            return
        }
        if !range.value.contains(given) {
            notes.append(EstimateNote(code: "\(field)_outside_range", text: LocalizedText(
                ko: "\(name.ko) \(given)%는 「\(edition.title)」의 범위 \(range.value.text)를 벗어납니다. 옛 판의 요율을 그대로 쓰지 않았는지 확인하십시오.",
                en: "The \(name.en) \(given)% is outside the \(range.value.text) range of \"\(edition.title)\"; check that an older edition's rate was not carried over.")))
        }
    }

    /// The note on the day count: the given days ignored for the table's own, or assumed where it has none.
    private static func dayCountNote(table: WageTable, given: ExactDecimal?, notes: inout NoteList) {
        if let published = table.workingDays {
            if let given, given != published.value {
                notes.append(EstimateNote(code: "working_days_ignored", text: LocalizedText(
                    ko: "\(table.year)년 적용 임금표는 월 \(published.value)일 기준 월평균임금을 공표하므로 입력한 근무일수 \(given)일은 쓰지 않았습니다.",
                    en: "The \(table.year) wage table publishes monthly wages on \(published.value) days a month; the \(given) days given were not used.")))
            }
            return
        }
        guard let given else { return }
        notes.append(EstimateNote(code: "working_days_assumed", text: LocalizedText(
            ko: "\(table.year)년 적용 임금표에는 월평균임금과 근무일수가 없어, 입력한 월 \(given)일로 M/M을 M/D로 환산했습니다 (가정).",
            en: "The \(table.year) wage table has no monthly wages or day count; months were converted at the \(given) days a month given (an assumption).")))
    }

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
