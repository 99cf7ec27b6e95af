/// Computes a 투입공수 (man-month) price under one wage table and one guide edition's 제경비·기술료 ranges: checks
/// the inputs and resolves the rates, ``ManMonthCore`` prices the lines and the totals, ``ManMonthExplanation``
/// words them. A table without monthly figures prices months as months × the user's working days × 일평균 (an
/// assumption the estimate states) and refuses months when no day count is given; a rate outside the edition's
/// range is used as given, with a note naming the range and the edition.
public enum ManMonthEstimator {

    /// Estimates a request.
    /// - Parameters:
    ///   - request: the staffing plan and rates.
    ///   - table: the wage table.
    ///   - edition: the guide edition whose 제경비·기술료 ranges and VAT rules apply.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations such as `staffing[0].effort`) or overflow.
    public static func estimate(_ request: ManMonthRequest, table: WageTable, edition: GuideEdition) throws -> ManMonthEstimate {
        let labor = try edition.requireLabor()
        let step = labor.rounding.value
        var recorder = TraceRecorder()
        var notes = NoteList()
        let (overheadPercent, feePercent, dayCount) = try prepare(request, table: table, labor: labor, edition: edition, notes: &notes)

        var lines: [PricedStaffingLine] = []
        lines.reserveCapacity(request.staffing.count)
        var sum = ManMonthCore.LaborSum()
        for (index, line) in request.staffing.enumerated() {
            let (priced, figures, job) = try price(line, index: index, table: table, dayCount: dayCount, step: step, notes: &notes)
            try sum.add(figures)
            recorder.record(ManMonthExplanation.lineStep(line, index: index, job: job, figures: figures, dayCount: dayCount,
                                                         step: step, rounding: labor.rounding))
            lines.append(priced)
        }
        let totals = try ManMonthCore.totals(sum, overheadPercent: overheadPercent, technicalFeePercent: feePercent,
                                             directExpenses: request.directExpenses, rounding: step,
                                             vatPercent: edition.vatPercent.value, vatRounding: edition.vatRounding.value)
        ManMonthExplanation.recordTotals(totals, lines: lines, labor: labor, edition: edition, recorder: &recorder)
        return ManMonthEstimate(
            wageYear: table.year, edition: edition.year, editionTitle: edition.title, lines: lines, manMonths: totals.manMonths,
            directLabor: totals.directLabor, overheadPercent: overheadPercent, overhead: totals.overhead,
            technicalFeePercent: feePercent, technicalFee: totals.technicalFee, directExpenses: request.directExpenses,
            total: totals.total, vat: totals.vat, totalWithVAT: totals.totalWithVAT, trace: recorder.steps,
            notes: notes.items, rates: recorder.rates)
    }

    /// Checks a request's plan, direct expenses and working days, and resolves its rates and day count: all of the
    /// estimate but its lines (which ``price(_:index:table:dayCount:step:notes:)`` checks one by one).
    static func prepare(_ request: ManMonthRequest, table: WageTable, labor: LaborRates, edition: GuideEdition, notes: inout NoteList)
        throws -> (overheadPercent: ExactDecimal, technicalFeePercent: ExactDecimal, dayCount: Sourced<ExactDecimal>?) {
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
        return (overheadPercent, feePercent, try dayCount(table: table, given: request.workingDays, notes: &notes))
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

    /// Checks and prices one line: the job found in the table (a folded name noted), then ``ManMonthCore``.
    static func price(_ line: StaffingLine, index: Int, table: WageTable, dayCount: Sourced<ExactDecimal>?, step: RoundingStep,
                      notes: inout NoteList) throws -> (PricedStaffingLine, StaffingLineFigures, JobWage) {
        guard line.effort.quantity > .zero else {
            let unit = if case .months = line.effort { "M/M" } else { "M/D" }
            throw DaegaError(.nonPositiveEffort, at: .field(StaffingLine.effortField(index)),
                             "'\(line.job)'의 투입량 \(line.effort.quantity) \(unit)은(는) 0보다 커야 합니다",
                             expected: "0보다 큰 수 (소수 가능, 예: 2.5)")
        }
        let (job, folded) = try table.job(named: line.job, field: StaffingLine.jobField(index))
        if let folded { notes.append(folded) }
        guard let figures = try ManMonthCore.priceLine(line.effort, monthlyWage: job.monthly, dailyWage: job.daily,
                                                       dayCount: dayCount?.value, rounding: step) else {
            throw DaegaError(.monthlyWageMissing, at: .field(StaffingLine.effortField(index)),
                             "\(table.year)년 적용 임금표에는 월평균임금(M/M)이 없어 '\(line.job)' \(line.effort.quantity)개월을 계산할 수 없습니다",
                             expected: "투입일(M/D)로 주거나(--staff-days \"직무=일수\", CSV days 열, days = …) 월 근무일수를 주십시오(--working-days, working_days)")
        }
        let priced = PricedStaffingLine(job: job.name, writtenAs: job.name == line.job ? nil : line.job, effort: line.effort,
                                        pricedQuantity: figures.quantity, pricedMonthly: figures.monthly, unitWage: figures.wage,
                                        amount: figures.amount, manMonths: figures.manMonths)
        return (priced, figures, job)
    }
}
