/// Prices range samples through the calculation cores. What does not vary from sample to sample is resolved once
/// (the counted size, each staffing line's wages, the day count, the roundings); each sample then runs
/// ``FunctionPointCore``, ``ManMonthCore`` and ``ComparisonCore`` on small values, building no estimate, trace or
/// sentence. A sample fails as estimating its inputs would: the same checks in the same order, the same errors.
struct SamplePricer {
    /// The function-point side: the request (its scope already counted), the edition's figures and the counted size.
    private let functionPoints: (request: FunctionPointRequest, rates: FunctionPointRates, counted: ExactDecimal)?
    /// The man-month side, when staffing was given.
    private let manMonths: Staffing?
    /// Each staffing line's effort in the current sample (kept to reuse its storage).
    private var efforts: [StaffingEffort]
    /// The edition.
    private let edition: GuideEdition
    /// The productivity bands and planned months the two methods are compared with, when both are given.
    private let comparison: (bands: ProductivityBands, plannedMonths: ExactDecimal?)?

    /// What a man-month sample needs besides its efforts and drawn rates.
    private struct Staffing {
        let request: ManMonthRequest
        let table: WageTable
        /// Each line's wages, found in the table once.
        let wages: [(monthly: Won?, daily: Won)]
        let dayCount: Sourced<ExactDecimal>?
        /// The rates used where none is drawn: the given ones, else the edition's defaults (as the estimate resolves them).
        let overheadPercent: ExactDecimal, technicalFeePercent: ExactDecimal
        let rounding: RoundingStep
    }

    /// Resolves what does not vary.
    /// - Precondition: the point estimate of `input` succeeded (so its jobs, rates and day count are valid).
    init(_ input: ProjectEstimateInput, countedFunctionPoints: ExactDecimal?) throws {
        edition = input.edition
        if let request = input.functionPoints, let countedFunctionPoints {
            functionPoints = (request, try input.edition.requireFunctionPoints(), countedFunctionPoints)
        } else {
            functionPoints = nil
        }
        if let side = input.manMonths {
            let labor = try input.edition.requireLabor()
            let request = side.request
            var notes = NoteList()
            manMonths = Staffing(
                request: request, table: side.table,
                wages: try request.staffing.indices.map { index in
                    let job = try side.table.job(named: request.staffing[index].job, field: StaffingLine.jobField(index)).0
                    return (job.monthly, job.daily)
                },
                dayCount: try ManMonthEstimator.dayCount(table: side.table, given: request.workingDays, notes: &notes),
                overheadPercent: request.overheadPercent ?? labor.overhead.value.defaultPercent,
                technicalFeePercent: request.technicalFeePercent ?? labor.technicalFee.value.defaultPercent,
                rounding: labor.rounding.value)
            efforts = request.staffing.map(\.effort)
        } else {
            manMonths = nil
            efforts = []
        }
        comparison = input.bands.map { (bands: $0, plannedMonths: input.plannedMonths) }
    }

    /// Prices one sample.
    /// - Parameter properCostOnly: price the man-months only where they are the proper cost (no scope given).
    /// - Throws: the engine's `DaegaError`, as estimating the sample's inputs would.
    mutating func price(_ draw: SampleDraw, properCostOnly: Bool) throws -> SampleCost {
        let sized = try functionPoints.map { side in (side, try Self.size(side.counted, times: draw.multiplier)) }
        if let manMonths {
            for index in efforts.indices {
                efforts[index] = try Self.effort(manMonths.request.staffing[index].effort, times: draw.multiplier)
            }
        }
        let fp = try sized.map { side, size in
            try FunctionPointCore.figures(at: size, levels: draw.levels, costs: side.request, edition: edition, rates: side.rates)
        }
        let mm = try manMonths.flatMap { staffing -> ManMonthTotals? in
            properCostOnly && fp != nil ? nil : try price(staffing, draw)
        }
        if let fp, let mm, let comparison {
            // Not part of a range, but a sample whose two methods cannot be compared fails, as its estimate did.
            _ = try ComparisonCore.compute(functionPoints: fp.functionPoints, fpTotal: (fp.total, fp.totalWithVAT),
                                           mmTotal: (mm.total, mm.totalWithVAT), planManMonths: mm.manMonths,
                                           plannedMonths: comparison.plannedMonths, bands: comparison.bands)
        }
        return SampleCost(functionPoints: fp, manMonths: mm)
    }

    /// The man-month totals of the current efforts at the drawn (or given) rates.
    private func price(_ staffing: Staffing, _ draw: SampleDraw) throws -> ManMonthTotals {
        var sum = ManMonthCore.LaborSum()
        for index in efforts.indices {
            try sum.add(try line(index, of: staffing))
        }
        return try ManMonthCore.totals(sum, overheadPercent: draw.overheadPercent ?? staffing.overheadPercent,
                                       technicalFeePercent: draw.technicalFeePercent ?? staffing.technicalFeePercent,
                                       directExpenses: staffing.request.directExpenses, rounding: staffing.rounding,
                                       vatPercent: edition.vatPercent.value, vatRounding: edition.vatRounding.value)
    }

    /// One line at the current effort: ``ManMonthCore`` directly, or, for an effort the estimator refuses (a sampled
    /// effort rounded to nothing), the estimator's own check, which words the error.
    private func line(_ index: Int, of staffing: Staffing) throws -> StaffingLineFigures {
        let effort = efforts[index], wages = staffing.wages[index]
        if effort.quantity > .zero, let figures = try ManMonthCore.priceLine(
            effort, monthlyWage: wages.monthly, dailyWage: wages.daily, dayCount: staffing.dayCount?.value, rounding: staffing.rounding) {
            return figures
        }
        var notes = NoteList()
        return try ManMonthEstimator.price(StaffingLine(job: staffing.request.staffing[index].job, effort: effort), index: index,
                                           table: staffing.table, dayCount: staffing.dayCount, step: staffing.rounding, notes: &notes).1
    }

    /// The sampled size: counted FP × the multiplier, to 0.1 FP (half away from zero); the counted size when exact.
    private static func size(_ counted: ExactDecimal, times multiplier: ExactDecimal?) throws -> ExactDecimal {
        guard let multiplier else { return counted }
        guard let size = counted.multiplied(by: multiplier)?.rounded(toPlaces: 1, rule: .toNearestOrAway) else {
            throw DaegaError(.sizeOutOfRange, at: .field("fp"), "범위 표본의 규모가 너무 큽니다", expected: "더 작은 규모")
        }
        return size
    }

    /// A line's sampled effort: the given one × the multiplier, to 0.01 (half away from zero); as given when exact.
    private static func effort(_ given: StaffingEffort, times multiplier: ExactDecimal?) throws -> StaffingEffort {
        guard let multiplier else { return given }
        func times(_ value: ExactDecimal) throws -> ExactDecimal {
            guard let product = value.multiplied(by: multiplier)?.rounded(toPlaces: 2, rule: .toNearestOrAway) else {
                throw DaegaError(.amountOverflow, at: .field("staffing"), "범위 표본의 투입량이 너무 큽니다", expected: "더 작은 투입량")
            }
            return product
        }
        switch given {
        case let .months(value): return .months(try times(value))
        case let .days(value): return .days(try times(value))
        }
    }
}
