/// Prices a range's point and samples through the calculation cores. Building it checks the inputs as estimating
/// them would (the same checks in the same order, the same errors) and prices the point; what does not vary from
/// sample to sample is kept (the counted size, each staffing line's wages, the day count and the rates); each sample
/// then runs ``FunctionPointCore``, ``ManMonthCore`` and ``ComparisonCore`` on small values, building no estimate,
/// trace or sentence.
struct SamplePricer {
    /// The function-point side, when a scope was given.
    private let functionPoints: Scope?
    /// The man-month side, when staffing was given.
    private let manMonths: Staffing?
    /// Each staffing line's effort in the current sample (kept to reuse its storage).
    private var efforts: [StaffingEffort]
    /// The edition.
    private let edition: GuideEdition
    /// The productivity bands and planned months the two methods are compared with, when both are given.
    private let comparison: (bands: ProductivityBands, plannedMonths: ExactDecimal?)?
    /// The point's costs: the inputs as given, nothing drawn.
    let point: SampleCost

    /// What a function-point sample needs besides its size multiplier and levels (a class: a sample reads it
    /// through one reference).
    private final class Scope: Sendable {
        /// The request (its scope already counted).
        let request: FunctionPointRequest
        let rates: FunctionPointRates
        let counted: ExactDecimal

        init(request: FunctionPointRequest, rates: FunctionPointRates, counted: ExactDecimal) {
            self.request = request
            self.rates = rates
            self.counted = counted
        }
    }

    /// What a man-month sample needs besides its efforts and drawn rates (a class: a sample reads it through one
    /// reference).
    private final class Staffing: Sendable {
        let request: ManMonthRequest
        let table: WageTable
        /// Each line's wages, found in the table once.
        let wages: [(monthly: Won?, daily: Won)]
        let dayCount: Sourced<ExactDecimal>?
        /// The rates used where none is drawn: the given ones, else the edition's defaults (as the estimate resolved them).
        let overheadPercent: ExactDecimal, technicalFeePercent: ExactDecimal
        let rounding: RoundingStep

        init(request: ManMonthRequest, table: WageTable, wages: [(monthly: Won?, daily: Won)], dayCount: Sourced<ExactDecimal>?,
             overheadPercent: ExactDecimal, technicalFeePercent: ExactDecimal, rounding: RoundingStep) {
            self.request = request
            self.table = table
            self.wages = wages
            self.dayCount = dayCount
            self.overheadPercent = overheadPercent
            self.technicalFeePercent = technicalFeePercent
            self.rounding = rounding
        }
    }

    /// Checks the inputs and prices the point, as ``ProjectEstimates`` estimates them (function points, then
    /// man-months, then their comparison), keeping what the samples share.
    /// - Throws: `DaegaError` as estimating `input` would.
    init(_ input: ProjectEstimateInput) throws {
        edition = input.edition
        comparison = input.bands.map { (bands: $0, plannedMonths: input.plannedMonths) }
        var pointFunctionPoints: FunctionPointFigures?
        if let request = input.functionPoints {
            let rates = try input.edition.requireFunctionPoints()
            let counted = try FunctionPointCount.count(request.scope, rates: rates).total
            pointFunctionPoints = try FunctionPointCore.figures(counted: counted, levels: request.levelsInOrder, costs: request,
                                                                edition: input.edition)
            functionPoints = Scope(request: request, rates: rates, counted: counted)
        } else {
            functionPoints = nil
        }
        var pointManMonths: ManMonthTotals?
        if let side = input.manMonths {
            let labor = try input.edition.requireLabor()
            let request = side.request, step = labor.rounding.value
            let resolved = try ManMonthEstimator.prepare(request, table: side.table, labor: labor, edition: input.edition)
            var sum = ManMonthCore.LaborSum()
            var wages: [(monthly: Won?, daily: Won)] = []
            for (index, line) in request.staffing.enumerated() {
                let priced = try ManMonthEstimator.price(line, index: index, table: side.table, dayCount: resolved.dayCount, step: step)
                try sum.add(priced.figures)
                wages.append((priced.job.monthly, priced.job.daily))
            }
            let staffing = Staffing(request: request, table: side.table, wages: wages, dayCount: resolved.dayCount,
                                    overheadPercent: resolved.overheadPercent, technicalFeePercent: resolved.technicalFeePercent,
                                    rounding: step)
            pointManMonths = try Self.totals(sum, staffing, overheadPercent: nil, technicalFeePercent: nil, edition: input.edition)
            manMonths = staffing
            efforts = request.staffing.map(\.effort)
        } else {
            manMonths = nil
            efforts = []
        }
        guard pointFunctionPoints != nil || pointManMonths != nil else { throw DaegaError.neitherScopeNorStaffing }
        point = SampleCost(functionPoints: pointFunctionPoints, manMonths: pointManMonths)
        try compare(point)
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
        let cost = SampleCost(functionPoints: fp, manMonths: mm)
        try compare(cost)
        return cost
    }

    /// Compares the two methods where both priced and bands are given. A comparison is not part of a range, but a
    /// sample whose methods cannot be compared fails, as estimating it did.
    private func compare(_ cost: SampleCost) throws {
        guard let fp = cost.functionPoints, let mm = cost.manMonths, let comparison else { return }
        try MethodComparer.check(plannedMonths: comparison.plannedMonths)
        _ = try ComparisonCore.compute(functionPoints: fp.functionPoints, fpTotal: (fp.total, fp.totalWithVAT),
                                       mmTotal: (mm.total, mm.totalWithVAT), planManMonths: mm.manMonths,
                                       plannedMonths: comparison.plannedMonths, bands: comparison.bands)
    }

    /// The man-month totals of the current efforts at the drawn (or given) rates.
    private func price(_ staffing: Staffing, _ draw: SampleDraw) throws -> ManMonthTotals {
        var sum = ManMonthCore.LaborSum()
        for index in efforts.indices {
            try sum.add(try line(index, of: staffing))
        }
        return try Self.totals(sum, staffing, overheadPercent: draw.overheadPercent, technicalFeePercent: draw.technicalFeePercent,
                               edition: edition)
    }

    /// 제경비, 기술료 and VAT on summed lines, at the drawn rates or else the resolved ones.
    private static func totals(_ sum: ManMonthCore.LaborSum, _ staffing: Staffing, overheadPercent: ExactDecimal?,
                               technicalFeePercent: ExactDecimal?, edition: GuideEdition) throws -> ManMonthTotals {
        try ManMonthCore.totals(sum, overheadPercent: overheadPercent ?? staffing.overheadPercent,
                                technicalFeePercent: technicalFeePercent ?? staffing.technicalFeePercent,
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
        return try ManMonthEstimator.price(StaffingLine(job: staffing.request.staffing[index].job, effort: effort), index: index,
                                           table: staffing.table, dayCount: staffing.dayCount, step: staffing.rounding).figures
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
