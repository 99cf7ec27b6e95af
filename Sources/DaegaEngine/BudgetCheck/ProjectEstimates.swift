/// A project's estimates without a budget check: function points, man-months, their comparison and maintenance.
///
/// `ProjectCheck` runs these first and measures the budget against `properCost`; a memo for a project without
/// a budget renders them alone.
public struct ProjectEstimates: Sendable {
    /// The function-point estimate, when a scope was given.
    @Boxed public var functionPoints: FunctionPointEstimate?
    /// The man-month estimate, when staffing was given.
    @Boxed public var manMonths: ManMonthEstimate?
    /// The comparison, when both were given.
    @Boxed public var comparison: MethodComparison?
    /// The maintenance estimate, when the project has maintenance inputs (estimated by the caller).
    /// Not `?`: on a type holding references, its implicit `nil` default makes Swift 6.3 copy the whole value per init.
    public var maintenance: Optional<MaintenanceEstimate>
    /// Findings of the maintenance compliance check, when a maintenance budget was given.
    public var maintenanceFindings: [Finding]

    /// Collects estimates already made.
    public init(functionPoints: FunctionPointEstimate?, manMonths: ManMonthEstimate?, comparison: MethodComparison?,
                maintenance: MaintenanceEstimate? = nil, maintenanceFindings: [Finding] = []) {
        self.functionPoints = functionPoints
        self.manMonths = manMonths
        self.comparison = comparison
        self.maintenance = maintenance
        self.maintenanceFindings = maintenanceFindings
    }

    /// The development proper cost: the FP estimate where a scope is given, else the man-month one.
    public var properCost: ProperCost? {
        functionPoints.map(ProperCost.init) ?? manMonths.map(ProperCost.init)
    }

    /// The proper cost a budget is measured against: the man-month estimate for planning work, else the FP estimate
    /// where a scope is given, else the maintenance estimate (with the man-month estimate as operation staff), else
    /// the man-month estimate.
    /// - Throws: `DaegaError.amountOverflow` when a maintenance tender's parts do not add up within range.
    public func budgetBasis(work: WorkKind? = nil) throws -> ProperCost? {
        if work == .planning, let manMonths {
            return ProperCost(manMonths)
        }
        if functionPoints == nil, let maintenance {
            return try ProperCost(maintenance: maintenance, operation: manMonths)
        }
        return properCost
    }

    /// Estimates a project by every method its inputs allow and compares the two when both are given.
    /// - Throws: `DaegaError` (with `.field` locations) for bad inputs or when neither a scope nor staffing is given.
    /// - Parameters:
    ///   - maintenance: a maintenance estimate already made, which alone is enough to price a maintenance tender.
    ///   - maintenanceFindings: findings of a maintenance compliance check already run, kept with the estimates.
    public static func estimate(_ input: ProjectEstimateInput, maintenance: MaintenanceEstimate? = nil,
                                maintenanceFindings: [Finding] = []) throws -> ProjectEstimates {
        // Computed first and worded last: the same errors in the same order, but a row whose staffing fails (the
        // batch's usual error row) words neither the function-point estimate it then drops nor the staffing lines
        // before the failing one.
        let computedFP = try input.functionPoints.map { try FunctionPointEstimator.compute($0, edition: input.edition) }
        let computedMM = try input.manMonths.map {
            try ManMonthEstimator.compute($0.request, table: $0.table, edition: input.edition)
        }
        let fp = computedFP?.explained()
        let mm = computedMM?.explained()
        guard fp != nil || mm != nil || maintenance != nil else {
            throw DaegaError.neitherScopeNorStaffing
        }
        var comparison: MethodComparison?
        if let fp, let mm, let bands = input.bands {
            comparison = try MethodComparer.compare(fp, mm, bands: bands, work: input.work, plannedMonths: input.plannedMonths)
        }
        return ProjectEstimates(functionPoints: fp, manMonths: mm, comparison: comparison, maintenance: maintenance,
                                maintenanceFindings: maintenanceFindings)
    }
}

extension DaegaError {
    /// A project with neither a function-point scope nor staffing, so no method can price it.
    public static var neitherScopeNorStaffing: DaegaError {
        DaegaError(.missingInput, at: .field("scope"), "적정 대가를 구할 규모나 투입 인력이 없습니다",
                   expected: "기능점수 규모(유형별 개수, fp, 기능 목록), 투입 인력, 또는 [maintenance] 유지관리 대상")
    }
}
