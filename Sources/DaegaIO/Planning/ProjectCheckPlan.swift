import DaegaEngine

/// One project's inputs for a check, wherever they came from (a project file, flags or a batch row).
public struct ProjectInputs: Sendable {
    /// The project's name.
    public var name: String?
    /// Function-point inputs (a scope may be absent).
    public var functionPoints: FunctionPointInput
    /// Man-month inputs (staffing may be empty).
    public var staffing: StaffingInput
    /// Maintenance inputs, when any.
    public var maintenance: MaintenanceInput?
    /// Budget facts.
    public var budget: BudgetInput

    /// Creates the inputs.
    public init(name: String?, functionPoints: FunctionPointInput, staffing: StaffingInput,
                maintenance: MaintenanceInput?, budget: BudgetInput) {
        self.name = name
        self.functionPoints = functionPoints
        self.staffing = staffing
        self.maintenance = maintenance
        self.budget = budget
    }
}

/// Turns a project's inputs into a full check: the one path `check`, `batch` and `memo` share, so they always agree.
public enum ProjectCheckPlan {
    /// Runs the check for `inputs` under `selection`.
    /// - Throws: `DaegaError` placed at the flag, file position or cell that carried the bad value.
    public static func run(_ inputs: ProjectInputs, selection: RateSelection) throws -> ProjectCheckResult {
        let budget = inputs.budget, fpInput = inputs.functionPoints, staffing = inputs.staffing
        guard let amount = budget.amount else {
            throw DaegaError(.missingInput, at: budget.locations["budget"] ?? .field("budget"), "점검할 예산이 없습니다",
                             expected: "예산 금액(VAT 포함): --budget, 프로젝트 파일의 [budget] amount, 또는 budget 열")
        }
        let hasStaffing = !staffing.lines.isEmpty || staffing.file != nil
        let fp = fpInput.scope == nil ? nil : try FunctionPointPreparation(fpInput, selection: selection)
        let mm = hasStaffing ? try ManMonthPreparation(staffing, selection: selection) : nil
        guard let edition = fp?.edition ?? mm?.edition else {
            throw DaegaError(.missingInput, at: .field("scope"), "적정 대가를 구할 규모나 투입 인력이 없습니다",
                             expected: "기능점수 규모(유형별 개수, fp, 기능 목록) 또는 투입 인력")
        }
        var maintenanceFindings: [Finding] = []
        if let maintenance = inputs.maintenance {
            let preparation = try MaintenancePreparation(maintenance, functionPoints: fpInput, editionFlagGiven: false, selection: selection)
            maintenanceFindings = try preparation.estimate(selection: selection).1 ?? []
        }
        let input = ProjectCheckInput(
            edition: edition, functionPoints: fp?.request,
            manMonths: mm.map { ManMonthCheckInput(request: $0.request, table: $0.table,
                                                   wageYearInForce: try? selection.library.wages.tableInForce(on: selection.date).year) },
            maintenanceFindings: maintenanceFindings,
            budget: BudgetCheckRequest(budget: amount, budgetExcludesVAT: budget.excludesVAT,
                                       awardRatioPercent: budget.awardRatioPercent, products: budget.products),
            plannedMonths: budget.months ?? staffing.durationMonths, work: staffing.work,
            bands: try selection.productivityBands(), rules: try selection.procurementRules())
        var result: ProjectCheckResult
        do {
            result = try ProjectCheck.run(input)
        } catch let error as DaegaError {
            throw error.relocated { field in
                guard let field else { return nil }
                return budget.locations[field] ?? fpInput.locations[field] ?? staffing.locations[field]
            }
        }
        if var estimate = result.functionPoints, let fp {
            estimate.notes = fp.notes + estimate.notes
            result.functionPoints = estimate
        }
        if var estimate = result.manMonths, let mm {
            estimate.notes = mm.notes + estimate.notes
            result.manMonths = estimate
        }
        var preparationNotes: [EstimateNote] = []
        for note in (fp?.notes ?? []) + (mm?.notes ?? []) where !preparationNotes.contains(note) { preparationNotes.append(note) }
        result.check.notes = preparationNotes + result.check.notes
        return result
    }
}
