import DaegaEngine

/// A project's inputs prepared for the engine: the function-point and man-month requests under one edition, and the
/// way back from an engine error to the user's inputs.
/// `ProjectEstimatePlan` and `ProjectCheckPlan` both start here, so a memo and a check always agree.
public struct ProjectPreparation {
    /// The planned duration in months: the budget's, else the staffing plan's.
    public var plannedMonths: ExactDecimal?
    /// The kind of work, for the comparison.
    public var work: WorkKind?
    /// Where each budget, function-point and staffing field was given, searched in that order (a tuple, not an
    /// array, so that a row's preparation allocates nothing for it).
    private var locations: (budget: [String: InputLocation], functionPoints: [String: InputLocation],
                            staffing: [String: InputLocation])
    /// The function-point preparation, when a scope is given.
    /// Not `?`: on a type holding references, its implicit `nil` default makes Swift 6.3 copy the whole value per init.
    public var functionPoints: Optional<FunctionPointPreparation>
    /// The man-month preparation, when staffing is given.
    public var manMonths: Optional<ManMonthPreparation>
    /// The guide edition (the function-point one where a scope is given).
    public var edition: GuideEdition

    /// The engine input for the estimates.
    /// - Throws: `DaegaError` when the productivity bands or the wage table in force cannot be found.
    public func estimateInput(selection: RateSelection) throws -> ProjectEstimateInput {
        ProjectEstimateInput(
            edition: edition, functionPoints: functionPoints?.request,
            manMonths: try manMonths.map { ManMonthCheckInput(request: $0.request, table: $0.table,
                                                          wageYearInForce: selection.wageYearInForce,
                                                          usualDivisorTable: try selection.usualDivisorTable) },
            plannedMonths: plannedMonths, work: work,
            bands: functionPoints != nil && manMonths != nil ? try selection.productivityBands() : try? selection.productivityBands())
    }

    /// Runs an engine step, placing its errors at the budget, function-point or staffing input that carried the value.
    /// - Throws: the step's `DaegaError`, relocated.
    public func relocatingErrors<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as DaegaError {
            throw error.relocated { field in
                field.flatMap { locations.budget[$0] ?? locations.functionPoints[$0] ?? locations.staffing[$0] }
            }
        }
    }

    /// The preparation notes (edition and wage table chosen), each once.
    public var notes: [EstimateNote] {
        var notes: [EstimateNote] = []
        for note in (functionPoints?.notes ?? []) + (manMonths?.notes ?? []) where !notes.contains(note) { notes.append(note) }
        return notes
    }

    /// Adds the preparation notes to the estimates they belong to.
    public func annotate(_ estimates: inout ProjectEstimates) {
        if let functionPoints { estimates.functionPoints?.notes.insert(contentsOf: functionPoints.notes, at: 0) }
        if let manMonths { estimates.manMonths?.notes.insert(contentsOf: manMonths.notes, at: 0) }
    }
}

extension ProjectPreparation {
    /// Prepares the requests.
    /// - Throws: `DaegaError` placed at the flag, file position or cell that carried the bad value, or
    ///   `missingInput` when neither a scope, staffing nor maintenance is given.
    public init(_ inputs: borrowing ProjectInputs, selection: RateSelection) throws {
        // Built from locals through the memberwise init: assigned one property at a time, and read back for the
        // edition, the preparation was copied whole (text by text) before it was returned.
        let functionPoints = inputs.functionPoints.scope == nil ? nil
                                                                : try FunctionPointPreparation(inputs.functionPoints, selection: selection)
        let manMonths = inputs.hasStaffing ? try ManMonthPreparation(inputs.staffing, selection: selection) : nil
        // A maintenance tender without development work is estimated under its maintenance section's edition.
        guard let edition = try functionPoints?.edition ?? manMonths?.edition ?? inputs.maintenanceEdition(selection: selection) else {
            throw DaegaError.neitherScopeNorStaffing
        }
        self.init(plannedMonths: inputs.budget.months ?? inputs.staffing.durationMonths, work: inputs.staffing.work,
                  // The preparations' maps: a staffing file's lines are placed only once the preparation has read it.
                  locations: (inputs.budget.locations, functionPoints?.locations ?? inputs.functionPoints.locations,
                              manMonths?.locations ?? inputs.staffing.locations),
                  functionPoints: functionPoints, manMonths: manMonths, edition: edition)
    }
}
