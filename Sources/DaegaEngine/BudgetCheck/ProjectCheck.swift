/// The man-month side of a project check: the request, its wage table and the table in force.
public struct ManMonthCheckInput: Sendable {
    /// The staffing request.
    public var request: ManMonthRequest
    /// The wage table the request is priced with.
    public var table: WageTable
    /// The 적용연도 of the table in force on the reference day, to flag an outdated table.
    public var wageYearInForce: Int?
    /// When the table in force has daily figures only, the newest table publishing working days (its divisor is
    /// what an officer moving to the new table needs for man-months).
    public var usualDivisorTable: WageTable?

    /// Creates the input.
    public init(request: ManMonthRequest, table: WageTable, wageYearInForce: Int?, usualDivisorTable: WageTable? = nil) {
        self.request = request
        self.table = table
        self.wageYearInForce = wageYearInForce
        self.usualDivisorTable = usualDivisorTable
    }
}

/// Everything `daega check` (and each batch row) evaluates for one project.
public struct ProjectCheckInput: Sendable {
    /// What the estimates are made from: the edition, the requests, the planned duration and the bands.
    public var estimateInput: ProjectEstimateInput
    /// The maintenance estimate, when the project has maintenance inputs: alone, it prices a maintenance tender.
    /// Not `?`: on a type holding references, its implicit `nil` default makes Swift 6.3 copy the whole value per init.
    public var maintenance: Optional<MaintenanceEstimate>
    /// Findings of a maintenance compliance check already run.
    public var maintenanceFindings: [Finding]
    /// True when the maintenance inputs state no budget of their own, so a maintenance tender's rates are checked
    /// against the project budget's share of the first year.
    public var checksMaintenanceRatesAgainstBudget: Bool
    /// The budget request.
    public var budget: BudgetCheckRequest
    /// The procurement rules.
    public var rules: ProcurementRules

    /// Creates the input.
    public init(estimateInput: ProjectEstimateInput, maintenance: MaintenanceEstimate? = nil, maintenanceFindings: [Finding] = [],
                checksMaintenanceRatesAgainstBudget: Bool = false, budget: BudgetCheckRequest, rules: ProcurementRules) {
        self.estimateInput = estimateInput
        self.maintenance = maintenance
        self.maintenanceFindings = maintenanceFindings
        self.checksMaintenanceRatesAgainstBudget = checksMaintenanceRatesAgainstBudget
        self.budget = budget
        self.rules = rules
    }

    /// The guide edition.
    public var edition: GuideEdition { estimateInput.edition }
}

/// The estimates behind a check and the check itself.
public struct ProjectCheckResult: Sendable {
    /// The estimates the budget was measured against.
    public var estimates: ProjectEstimates
    /// The budget check.
    public var check: BudgetCheckResult

    /// Pairs estimates with the check that measured a budget against them.
    public init(estimates: ProjectEstimates, check: BudgetCheckResult) {
        self.estimates = estimates
        self.check = check
    }

    /// The function-point estimate, when a scope was given.
    public var functionPoints: FunctionPointEstimate? { estimates.functionPoints }
    /// The man-month estimate, when staffing was given.
    public var manMonths: ManMonthEstimate? { estimates.manMonths }
    /// The comparison, when both were given.
    public var comparison: MethodComparison? { estimates.comparison }
    /// The maintenance estimate, when the project has maintenance inputs.
    public var maintenance: MaintenanceEstimate? { estimates.maintenance }
    /// Findings of the maintenance compliance check (also among `check.findings`).
    public var maintenanceFindings: [Finding] { estimates.maintenanceFindings }
}

/// Runs a whole project check: the proper cost is the FP estimate where a scope is given, else the man-month
/// estimate, else the maintenance estimate (with operation staff by man-months) for a maintenance tender, else the
/// man-month estimate; man-month pricing, maintenance ratios and the planned duration add their findings.
public enum ProjectCheck {
    /// Runs the check.
    /// - Throws: `DaegaError` (with `.field` locations) for bad inputs or when neither a scope nor staffing is given.
    public static func run(_ input: ProjectCheckInput) throws -> ProjectCheckResult {
        let estimates = try ProjectEstimates.estimate(input.estimateInput, maintenance: input.maintenance,
                                                      maintenanceFindings: input.maintenanceFindings)
        let check = try checkBudget(input, against: estimates)
        // The estimates' last use: moved into the result, not copied.
        return ProjectCheckResult(estimates: estimates, check: check)
    }

    /// The budget check against made estimates, with the man-month pricing and duration findings added.
    private static func checkBudget(_ input: borrowing ProjectCheckInput, against estimates: borrowing ProjectEstimates)
        throws -> BudgetCheckResult {
        let work = input.estimateInput.work
        guard let properCost = try estimates.budgetBasis(work: work) else { preconditionFailure("ProjectEstimates.estimate returns a method or throws") }
        var request = input.budget
        request.otherFindings += input.maintenanceFindings
        if properCost.method == .maintenance, input.checksMaintenanceRatesAgainstBudget, let maintenance = estimates.maintenance {
            let share = MaintenanceBudget.firstYearShare(of: request.budget, excludesVAT: request.budgetExcludesVAT,
                                                         properCost: properCost, firstYear: maintenance.years[0].total)
            request.otherFindings += try MaintenanceCompliance.check(maintenance, budget: .amount(share), comparesAmount: false)
        }
        if let manMonths = estimates.manMonths, let checked = input.estimateInput.manMonths {
            request.otherFindings += LaborPricingAssessment.findings(manMonths, labor: try input.edition.requireLabor(),
                                                                     wageYearInForce: checked.wageYearInForce,
                                                                     usualDivisorTable: checked.usualDivisorTable)
        }
        if DurationAssessment.applies(to: work, maintenanceTender: properCost.method == .maintenance) {
            request.otherFindings += DurationAssessment.findings(comparison: estimates.comparison, plannedMonths: input.estimateInput.plannedMonths,
                                                                 amount: request.budget, rules: input.rules)
        }
        if work == .planning { request.otherFindings.append(PlanningMethodAssessment.finding()) }
        // Consumed, so that the budget check takes its findings array without copying it.
        return try BudgetCheck.run(consume request, properCost: properCost, edition: input.edition, rules: input.rules)
    }
}
