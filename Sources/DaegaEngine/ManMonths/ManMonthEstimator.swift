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
        try compute(request, table: table, edition: edition).explained()
    }

    /// Checks and prices a request without wording it: every error ``estimate(_:table:edition:)`` can throw is
    /// thrown here, in the same order, so a row whose staffing fails builds no note or trace step it then drops.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations) or overflow.
    static func compute(_ request: ManMonthRequest, table: WageTable, edition: GuideEdition) throws -> Computed {
        let labor = try edition.requireLabor()
        let step = labor.rounding.value
        let rates = try prepare(request, table: table, labor: labor, edition: edition)
        var lines: [PricedLine] = []
        lines.reserveCapacity(request.staffing.count)
        var sum = ManMonthCore.LaborSum()
        for (index, line) in request.staffing.enumerated() {
            let priced = try price(line, index: index, table: table, dayCount: rates.dayCount, step: step)
            try sum.add(priced.figures)
            lines.append(priced)
        }
        let totals = try ManMonthCore.totals(sum, overheadPercent: rates.overheadPercent, technicalFeePercent: rates.technicalFeePercent,
                                             directExpenses: request.directExpenses, rounding: step,
                                             vatPercent: edition.vatPercent.value, vatRounding: edition.vatRounding.value)
        return Computed(request: request, table: table, edition: edition, labor: labor, rates: rates, lines: lines, totals: totals)
    }

    /// A request's resolved rates and day count.
    typealias Rates = (overheadPercent: ExactDecimal, technicalFeePercent: ExactDecimal, dayCount: Sourced<ExactDecimal>?)

    /// One staffing line checked and priced by ``ManMonthCore``: its figures, the table's job, and the note saying
    /// which job an older name was read as.
    struct PricedLine {
        let figures: StaffingLineFigures
        let job: JobWage
        let folded: EstimateNote?
    }

    /// A request checked and priced by ``ManMonthCore``, not yet worded.
    struct Computed {
        let request: ManMonthRequest
        let table: WageTable
        let edition: GuideEdition
        let labor: LaborRates
        let rates: Rates
        let lines: [PricedLine]
        let totals: ManMonthTotals

        /// The estimate, worded by ``ManMonthExplanation`` (which cannot fail).
        func explained() -> ManMonthEstimate {
            var notes = ManMonthExplanation.notes(request, table: table, labor: labor, edition: edition)
            var recorder = TraceRecorder()
            var priced: [PricedStaffingLine] = []
            priced.reserveCapacity(lines.count)
            for (index, (line, computed)) in zip(request.staffing, lines).enumerated() {
                if let folded = computed.folded { notes.append(folded) }
                let figures = computed.figures, job = computed.job
                recorder.record(ManMonthExplanation.lineStep(line, index: index, job: job, figures: figures, dayCount: rates.dayCount,
                                                             step: labor.rounding.value, rounding: labor.rounding))
                priced.append(PricedStaffingLine(
                    job: job.name, writtenAs: job.name == line.job ? nil : line.job, effort: line.effort,
                    pricedQuantity: figures.quantity, pricedMonthly: figures.monthly, unitWage: figures.wage,
                    amount: figures.amount, manMonths: figures.manMonths))
            }
            ManMonthExplanation.recordTotals(totals, lines: priced, labor: labor, edition: edition, recorder: &recorder)
            return ManMonthEstimate(
                wageYear: table.year, edition: edition.year, editionTitle: edition.title, lines: priced, manMonths: totals.manMonths,
                directLabor: totals.directLabor, overheadPercent: rates.overheadPercent, overhead: totals.overhead,
                technicalFeePercent: rates.technicalFeePercent, technicalFee: totals.technicalFee,
                directExpenses: request.directExpenses, total: totals.total, vat: totals.vat, totalWithVAT: totals.totalWithVAT,
                trace: recorder.steps, notes: notes.items, rates: recorder.rates)
        }
    }

    /// Checks a request's plan, direct expenses and working days, and resolves its rates and day count: all of the
    /// estimate but its lines (which ``price(_:index:table:dayCount:step:)`` checks one by one). The notes on
    /// these choices are ``ManMonthExplanation/notes(_:table:labor:edition:)``'s.
    static func prepare(_ request: ManMonthRequest, table: WageTable, labor: LaborRates, edition: GuideEdition) throws -> Rates {
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
        let overheadPercent = try resolve(request.overheadPercent, range: labor.overhead, name: ManMonthExplanation.overheadRate,
                                          field: ManMonthExplanation.overheadField, edition: edition)
        let feePercent = try resolve(request.technicalFeePercent, range: labor.technicalFee, name: ManMonthExplanation.technicalFeeRate,
                                     field: ManMonthExplanation.technicalFeeField, edition: edition)
        return (overheadPercent, feePercent, dayCount(table: table, given: request.workingDays))
    }

    /// The rate to use: the given one (checked not to be negative; a rate outside the range is used as given) or
    /// the range's default.
    static func resolve(_ given: ExactDecimal?, range: Sourced<PercentRange>, name: LocalizedText, field: String,
                        edition: GuideEdition) throws -> ExactDecimal {
        guard let given else { return range.value.defaultPercent }
        guard given >= .zero else {
            throw DaegaError(.valueOutOfRange, at: .field(field), "\(name.ko)이 음수(\(given)%)입니다",
                             expected: "0 이상의 % (「\(edition.title)」 범위 \(range.value.text))")
        }
        return given
    }

    /// The day count that converts between months and days: the table's, else the user's (stated as an assumption).
    static func dayCount(table: WageTable, given: ExactDecimal?) -> Sourced<ExactDecimal>? {
        if let published = table.workingDays { return published }
        guard let given else { return nil }
        return Sourced(given, RateReference(book: "input", edition: "사용자 입력", key: "working_days",
                                            source: "사용자가 준 월 근무일수 (--working-days)", status: .uncertain))
    }

    /// Checks and prices one line: the job found in the table (a folded name's note kept), then ``ManMonthCore``.
    static func price(_ line: StaffingLine, index: Int, table: WageTable, dayCount: Sourced<ExactDecimal>?,
                      step: RoundingStep) throws -> PricedLine {
        guard line.effort.quantity > .zero else {
            let unit = if case .months = line.effort { "M/M" } else { "M/D" }
            throw DaegaError(.nonPositiveEffort, at: .field(StaffingLine.effortField(index)),
                             "'\(line.job)'의 투입량 \(line.effort.quantity) \(unit)은(는) 0보다 커야 합니다",
                             expected: "0보다 큰 수 (소수 가능, 예: 2.5)")
        }
        let (job, folded) = try table.job(named: line.job, field: StaffingLine.jobField(index))
        guard let figures = try ManMonthCore.priceLine(line.effort, monthlyWage: job.monthly, dailyWage: job.daily,
                                                       dayCount: dayCount?.value, rounding: step) else {
            throw DaegaError(.monthlyWageMissing, at: .field(StaffingLine.effortField(index)),
                             "\(table.year)년 적용 임금표에는 월평균임금(M/M)이 없어 '\(line.job)' \(line.effort.quantity)개월을 계산할 수 없습니다",
                             expected: "투입일(M/D)로 주거나(--staff-days \"직무=일수\", CSV days 열, days = …) 월 근무일수를 주십시오(--working-days, working_days)")
        }
        return PricedLine(figures: figures, job: job, folded: folded)
    }
}
