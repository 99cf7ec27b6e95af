/// Computes a 투입공수 (man-month) price under one wage table and one guide edition's 제경비·기술료 ranges.
///
/// - 직접인건비 = Σ 월평균임금 × 투입 M/M, or Σ 일평균임금 × 투입 M/D. Each line is rounded to the won by the
///   edition's labor rounding (원 단위 반올림, `toNearestOrAway`), then the lines are summed exactly.
///   A table without monthly figures prices months as months × the user's working days × 일평균 (an assumption
///   the estimate states), and refuses months when no day count is given.
/// - 제경비 = 직접인건비 × 제경비율, rounded to the won by the same rule.
/// - 기술료 = (직접인건비 + 제경비) × 기술료율, rounded to the won by the same rule.
/// - 사업대가 = 직접인건비 + 제경비 + 기술료 + 직접경비 (no separate 이윤); VAT by the edition's VAT rounding.
/// A rate outside the edition's range is used as given, with a note naming the range and the edition.
public enum ManMonthEstimator {
    /// The decimals kept when days are converted to man-months (not money: rounded half to even).
    public static let manMonthPlaces = 4

    /// Estimates a request.
    /// - Parameters:
    ///   - request: the staffing plan and rates.
    ///   - table: the wage table.
    ///   - edition: the guide edition whose 제경비·기술료 ranges and VAT rules apply.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations such as `staffing[0].effort`) or overflow.
    public static func estimate(_ request: ManMonthRequest, table: WageTable, edition: GuideEdition,
                                narration: Narration = .full) throws -> ManMonthEstimate {
        let labor = try edition.requireLabor()
        let step = labor.rounding.value
        var recorder = TraceRecorder(narration)
        var notes = NoteList(narration)
        guard !request.staffing.isEmpty else {
            throw DaegaError(.emptyStaffing, at: .field("staffing"), "투입 인력이 없습니다",
                             expected: "직무와 투입 M/M(또는 M/D) 한 줄 이상")
        }
        guard request.directExpenses >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("direct_expenses"),
                             "직접경비가 음수(\(request.directExpenses.grouped)원)입니다", expected: "0 이상의 원 단위 금액")
        }
        if let days = request.workingDays, days <= .zero {
            throw DaegaError(.valueOutOfRange, at: .field("working_days"), "월 근무일수 \(days)일은 양수가 아닙니다",
                             expected: "0보다 큰 일수 (예: 20.6)")
        }
        let overheadPercent = try resolve(request.overheadPercent, range: labor.overhead, name: LocalizedText(ko: "제경비율", en: "overhead rate"),
                                          field: "overhead_rate", edition: edition, notes: &notes)
        let feePercent = try resolve(request.technicalFeePercent, range: labor.technicalFee,
                                     name: LocalizedText(ko: "기술료율", en: "technical fee rate"),
                                     field: "technical_fee_rate", edition: edition, notes: &notes)
        let dayCount = try dayCount(table: table, given: request.workingDays, notes: &notes)

        var lines: [PricedStaffingLine] = []
        for (index, line) in request.staffing.enumerated() {
            let priced = try price(line, index: index, table: table, dayCount: dayCount, step: step, rounding: labor.rounding,
                                   recorder: &recorder, notes: &notes)
            lines.append(priced)
        }
        let directLabor = try Won.sum(lines.map(\.amount), what: "직접인건비")
        let monthsPerLine = lines.map(\.manMonths)
        let manMonths: ExactDecimal? = monthsPerLine.contains(nil) ? nil
            : try monthsPerLine.reduce(ExactDecimal.zero) { sum, months in
                guard let next = sum.adding(months!) else { throw DaegaError.amountOverflow("투입공수") }
                return next
            }
        recorder.record(TraceStep(
            key: "direct_labor", label: LocalizedText(ko: "직접인건비", en: "direct labor"),
            formula: LocalizedText(ko: "Σ 직무별 인건비", en: "Σ labor per job"),
            inputs: lines.map { TraceInput(LocalizedText(ko: $0.job, en: $0.job), .won($0.amount)) },
            result: .won(directLabor)))

        let hundredth = ExactDecimal(significand: 1, scale: 2)
        let overhead = try directLabor.multiplied(by: [overheadPercent, hundredth], rounding: step, what: "제경비")
        recorder.record(TraceStep(
            key: "overhead", label: LocalizedText(ko: "제경비", en: "overhead"),
            formula: LocalizedText(ko: "직접인건비 × 제경비율", en: "direct labor × overhead rate"),
            inputs: [TraceInput(LocalizedText(ko: "직접인건비", en: "direct labor"), .won(directLabor)),
                     TraceInput(LocalizedText(ko: "제경비율", en: "overhead rate"), .percent(overheadPercent))],
            result: .won(overhead), rounding: step, rates: [labor.overhead.reference, labor.rounding.reference]))

        let feeBase = try directLabor.adding(overhead, what: "기술료 기준액")
        let technicalFee = try feeBase.multiplied(by: [feePercent, hundredth], rounding: step, what: "기술료")
        recorder.record(TraceStep(
            key: "technical_fee", label: LocalizedText(ko: "기술료", en: "technical fee"),
            formula: LocalizedText(ko: "(직접인건비 + 제경비) × 기술료율", en: "(direct labor + overhead) × technical fee rate"),
            inputs: [TraceInput(LocalizedText(ko: "직접인건비 + 제경비", en: "direct labor + overhead"), .won(feeBase)),
                     TraceInput(LocalizedText(ko: "기술료율", en: "technical fee rate"), .percent(feePercent))],
            result: .won(technicalFee), rounding: step, rates: [labor.technicalFee.reference, labor.rounding.reference]))

        recorder.record(TraceStep(
            key: "direct_expenses", label: LocalizedText(ko: "직접경비", en: "direct expenses"),
            formula: LocalizedText(ko: "입력값", en: "as given"), inputs: [], result: .won(request.directExpenses)))
        let total = try Won.sum([directLabor, overhead, technicalFee, request.directExpenses], what: "사업대가")
        recorder.record(TraceStep(
            key: "total", label: LocalizedText(ko: "사업대가 (VAT 별도)", en: "total (excl. VAT)"),
            formula: LocalizedText(ko: "직접인건비 + 제경비 + 기술료 + 직접경비 (별도 이윤 없음)",
                                   en: "direct labor + overhead + technical fee + direct expenses (no separate profit)"),
            inputs: [TraceInput(LocalizedText(ko: "직접인건비", en: "direct labor"), .won(directLabor)),
                     TraceInput(LocalizedText(ko: "제경비", en: "overhead"), .won(overhead)),
                     TraceInput(LocalizedText(ko: "기술료", en: "technical fee"), .won(technicalFee)),
                     TraceInput(LocalizedText(ko: "직접경비", en: "direct expenses"), .won(request.directExpenses))],
            result: .won(total)))
        let vat = try VATCalculation(on: total, edition: edition, recorder: &recorder)

        return ManMonthEstimate(
            wageYear: table.year, edition: edition.year, editionTitle: edition.title, lines: lines, manMonths: manMonths,
            directLabor: directLabor, overheadPercent: overheadPercent, overhead: overhead, technicalFeePercent: feePercent,
            technicalFee: technicalFee, directExpenses: request.directExpenses, total: total, vat: vat.vat,
            totalWithVAT: vat.totalWithVAT, trace: recorder.steps, notes: notes.items, rates: recorder.rates)
    }

    /// The rate to use: the given one (checked against the range, with a note when outside) or the default.
    static func resolve(_ given: ExactDecimal?, range: Sourced<PercentRange>, name: LocalizedText, field: String,
                        edition: GuideEdition, notes: inout NoteList) throws -> ExactDecimal {
        guard let given else {
            notes.append(EstimateNote(code: "\(field)_default", text: LocalizedText(
                ko: "\(name.ko)이 주어지지 않아 「\(edition.title)」 범위 \(range.value.text)의 기본값 \(range.value.defaultPercent)%를 적용했습니다.",
                en: "No \(name.en) was given; the default \(range.value.defaultPercent)% of the \(range.value.text) range of \"\(edition.title)\" was used.")))
            return range.value.defaultPercent
        }
        guard given >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field(field), "\(name.ko)이 음수(\(given)%)입니다",
                             expected: "0 이상의 % (「\(edition.title)」 범위 \(range.value.text))")
        }
        if !range.value.contains(given) {
            notes.append(EstimateNote(code: "\(field)_outside_range", text: LocalizedText(
                ko: "\(name.ko) \(given)%는 「\(edition.title)」의 범위 \(range.value.text)를 벗어납니다. 옛 판의 요율을 그대로 쓰지 않았는지 확인하십시오.",
                en: "The \(name.en) \(given)% is outside the \(range.value.text) range of \"\(edition.title)\"; check that an older edition's rate was not carried over.")))
        }
        return given
    }

    /// The day count that converts between months and days: the table's, else the user's (stated as an assumption).
    static func dayCount(table: WageTable, given: ExactDecimal?, notes: inout NoteList) throws -> Sourced<ExactDecimal>? {
        if let published = table.workingDays {
            if let given, given != published.value {
                notes.append(EstimateNote(code: "working_days_ignored", text: LocalizedText(
                    ko: "\(table.year)년 적용 임금표는 월 \(published.value)일 기준 월평균임금을 공표하므로 입력한 근무일수 \(given)일은 쓰지 않았습니다.",
                    en: "The \(table.year) wage table publishes monthly wages on \(published.value) days a month; the \(given) days given were not used.")))
            }
            return published
        }
        guard let given else { return nil }
        notes.append(EstimateNote(code: "working_days_assumed", text: LocalizedText(
            ko: "\(table.year)년 적용 임금표에는 월평균임금과 근무일수가 없어, 입력한 월 \(given)일로 M/M을 M/D로 환산했습니다 (가정).",
            en: "The \(table.year) wage table has no monthly wages or day count; months were converted at the \(given) days a month given (an assumption).")))
        return Sourced(given, RateReference(book: "input", edition: "사용자 입력", key: "working_days",
                                            source: "사용자가 준 월 근무일수 (--working-days)", status: .uncertain))
    }

    static func price(_ line: StaffingLine, index: Int, table: WageTable, dayCount: Sourced<ExactDecimal>?, step: RoundingStep,
                      rounding: Sourced<RoundingStep>, recorder: inout TraceRecorder, notes: inout NoteList) throws -> PricedStaffingLine {
        guard line.effort.quantity > .zero else {
            let unit = if case .months = line.effort { "M/M" } else { "M/D" }
            throw DaegaError(.nonPositiveEffort, at: .field(StaffingLine.effortField(index)),
                             "'\(line.job)'의 투입량 \(line.effort.quantity) \(unit)은(는) 0보다 커야 합니다",
                             expected: "0보다 큰 수 (소수 가능, 예: 2.5)")
        }
        let (job, folded) = try table.job(named: line.job, field: StaffingLine.jobField(index))
        if let folded { notes.append(folded) }
        let quantity: ExactDecimal, wage: Won, monthly: Bool, manMonths: ExactDecimal?
        switch line.effort {
        case let .months(months):
            if let monthlyWage = job.monthly {
                (quantity, wage, monthly, manMonths) = (months, monthlyWage, true, months)
            } else if let dayCount {
                guard let days = months.multiplied(by: dayCount.value) else { throw DaegaError.amountOverflow("투입일") }
                (quantity, wage, monthly, manMonths) = (days, job.daily, false, months)
            } else {
                throw DaegaError(.monthlyWageMissing, at: .field(StaffingLine.effortField(index)),
                                 "\(table.year)년 적용 임금표에는 월평균임금(M/M)이 없어 '\(line.job)' \(months)개월을 계산할 수 없습니다",
                                 expected: "투입일(M/D)로 주거나(--staff-days \"직무=일수\", CSV days 열, days = …) 월 근무일수를 주십시오(--working-days, working_days)")
            }
        case let .days(days):
            (quantity, wage, monthly) = (days, job.daily, false)
            manMonths = dayCount.flatMap { days.divided(by: $0.value, places: manMonthPlaces, rule: .toNearestOrEven) }
        }
        let amount = try wage.multiplied(by: quantity, rounding: step, what: "직접인건비")
        recorder.record(lineStep(line, index: index, job: job, wage: wage, quantity: quantity, monthly: monthly, amount: amount,
                                 dayCount: dayCount, step: step, rounding: rounding))
        return PricedStaffingLine(job: job.name, writtenAs: job.name == line.job ? nil : line.job, effort: line.effort,
                                  pricedQuantity: quantity, pricedMonthly: monthly, unitWage: wage, amount: amount,
                                  manMonths: manMonths)
    }

    /// The trace step of one priced staffing line (built only when narrating).
    private static func lineStep(_ line: StaffingLine, index: Int, job: JobWage, wage: Won, quantity: ExactDecimal, monthly: Bool,
                                 amount: Won, dayCount: Sourced<ExactDecimal>?, step: RoundingStep,
                                 rounding: Sourced<RoundingStep>) -> TraceStep {
        let unit = LocalizedText(ko: monthly ? "월평균임금" : "일평균임금", en: monthly ? "monthly wage" : "daily wage")
        let measure = LocalizedText(ko: monthly ? "투입 M/M" : "투입 M/D", en: monthly ? "man-months" : "man-days")
        var inputs = [TraceInput(unit, .won(wage)), TraceInput(measure, .number(quantity))]
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
            inputs: inputs, result: .won(amount), rounding: step, rates: rates)
    }
}
