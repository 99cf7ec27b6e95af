import DaegaEngine

/// A batch row's development and budget cells read into values: numbers and byte ranges, no dictionaries and no
/// text. ``BatchRowParser`` reads them with every cell error a row can have; the batch's core path prices them
/// straight away, and a row it cannot take (maintenance columns, a row handler, `--ranges`, or anything the core path
/// leaves to the full check) becomes ``ProjectInputs`` for `ProjectCheckPlan`.
///
/// The staffing jobs point into the record's bytes: the values live only inside the `withFields` call that read them.
struct BatchRowValues {
    /// One staffing entry: the job name's bytes (trimmed) and its months.
    struct StaffingEntry {
        var job: UnsafeBufferPointer<UInt8>
        var months: ExactDecimal
    }

    /// The guide edition year, when given.
    var edition: Int?
    /// The 간이법 count per type in `FunctionType.allCases` order, `-1` where the cell is blank.
    var counts = InlineArray<5, Int>(repeating: -1)
    /// Whether any count cell is filled in.
    var hasCounts = false
    /// The function-point total, when given instead of counts.
    var functionPointTotal: ExactDecimal?
    /// The adjustment-factor levels in `AdjustmentFactorKind.allCases` order (`nil`: not given).
    var levels = InlineArray<4, Int?>(repeating: nil)
    /// 직접경비, when given.
    var directExpenses: Won?
    /// The staffing entries in cell order (blank entries left out).
    var staffing = StaffingEntries()
    /// 임금 적용연도, when given.
    var wageYear: Int?
    /// 제경비율 and 기술료율, when given.
    var overheadPercent: ExactDecimal?, technicalFeePercent: ExactDecimal?
    /// The budget (VAT 포함) and the planned months, when given.
    var budget: Won?, months: ExactDecimal?
    /// Whether any maintenance column is filled in (those are read only on the full path).
    var hasMaintenance = false

    /// Whether a function-point scope is given.
    var hasScope: Bool { hasCounts || functionPointTotal != nil }

    /// The counts with blank cells as 0.
    var countsOrZero: InlineArray<5, Int> {
        var counts = counts
        for type in 0..<5 where counts[type] < 0 { counts[type] = 0 }
        return counts
    }

    /// The same values as the engine's inputs, for the full check path.
    /// - Parameters:
    ///   - name: the project's name, when given.
    ///   - locations: each input field's cell, for errors.
    ///   - maintenance: the row's maintenance inputs, when it has any.
    func projectInputs(name: String?, locations: [String: InputLocation], maintenance: MaintenanceInput?) -> ProjectInputs {
        var fp = FunctionPointInput(), staffing = StaffingInput(), budget = BudgetInput()
        (fp.locations, staffing.locations, budget.locations) = (locations, locations, locations)
        (fp.edition, staffing.edition) = (edition, edition)
        if hasCounts {
            var given: [FunctionType: Int] = [:]
            for (order, type) in FunctionType.allCases.enumerated() where counts[order] >= 0 { given[type] = counts[order] }
            fp.scope = .counts(given)
        }
        if let functionPointTotal { fp.scope = .total(functionPointTotal) }
        for (order, kind) in AdjustmentFactorKind.allCases.enumerated() {
            if let level = levels[order] { fp.factorLevels[kind] = level }
        }
        if let directExpenses { (fp.directExpenses, staffing.directExpenses) = (directExpenses, directExpenses) }
        staffing.lines = self.staffing.map { StaffingLine(job: String(decoding: $0.job, as: UTF8.self), effort: .months($0.months)) }
        staffing.wageYear = wageYear
        staffing.overheadPercent = overheadPercent
        staffing.technicalFeePercent = technicalFeePercent
        budget.amount = self.budget
        budget.months = months
        return ProjectInputs(name: name, functionPoints: fp, staffing: staffing, maintenance: maintenance, budget: budget)
    }
}
