import DaegaEngine

/// Turns maintenance inputs into an engine request: picks the edition, takes the basis from the given amounts or
/// from a function-point estimate, and maps engine errors back to the user's flags or file positions.
public struct MaintenancePreparation {
    /// The edition used.
    public var edition: GuideEdition
    /// The note saying which edition was chosen, when none was given.
    public var editionNote: EstimateNote?
    /// The maintenance inputs.
    public var input: MaintenanceInput
    /// The function-point inputs (the basis when no amount is given).
    public var functionPoints: FunctionPointInput

    /// Chooses the edition: the FP flags' edition when given on the command line, else the maintenance section's,
    /// else the function-point section's, else the one in force.
    /// - Throws: `DaegaError` with the user's flag or file position.
    public init(_ input: MaintenanceInput, functionPoints: FunctionPointInput, editionFlagGiven: Bool,
         selection: RateSelection) throws {
        let year = editionFlagGiven ? functionPoints.edition : input.edition ?? functionPoints.edition
        let location = editionFlagGiven ? functionPoints.locations["edition"] : input.locations["edition"] ?? functionPoints.locations["edition"]
        (edition, editionNote) = try selection.edition(year, location: location)
        self.input = input
        self.functionPoints = functionPoints
    }

    /// Whether there is anything to estimate: application SW (ratings or a basis) or licensed products.
    public var hasWork: Bool { input.hasApplication || !input.products.isEmpty }

    /// Runs the estimate and, when a budget was given, the compliance check.
    /// - Parameter fallback: where a field with no recorded location was given (the CLI maps fields to flags).
    /// - Throws: `DaegaError` relocated to the user's inputs.
    public func estimate(selection: RateSelection,
                         fallback: (String) -> InputLocation? = { _ in nil }) throws -> (MaintenanceEstimate, [Finding]?) {
        var application: ApplicationMaintenanceRequest?
        if input.hasApplication || (functionPoints.scope != nil && input.products.isEmpty) {
            let basis: MaintenanceBasis
            if input.bases.isEmpty && functionPoints.scope == nil {
                let rated = DifficultyFactorKind.allCases.first { input.ratings[$0] != nil }
                throw DaegaError(.maintenanceBasisMissing, at: rated.flatMap { input.locations[$0.rawValue] } ?? .field("basis"),
                                 "응용SW 유지관리 요율을 곱할 기준 개발비가 없습니다",
                                 expected: "[maintenance] basis = 현재가치 개발비(VAT 별도, 원), --basis, 또는 [function_points] 규모")
            }
            if input.bases.isEmpty {
                var fpInput = functionPoints
                fpInput.edition = edition.year
                basis = .functionPoints(try FunctionPointPreparation(fpInput, selection: selection).estimate())
            } else {
                basis = .given(input.bases)
            }
            application = ApplicationMaintenanceRequest(basis: basis, ratings: input.ratings, directExpenses: input.directExpenses)
        }
        let request = MaintenanceRequest(application: application, products: input.products, months: input.months)
        do {
            var estimate = try MaintenanceEstimator.estimate(request, edition: edition)
            estimate.notes = (editionNote.map { [$0] } ?? []) + estimate.notes
            var findings = try input.budget.map { try MaintenanceCompliance.check(estimate, budget: $0) }
            if let improvement = try improvementFinding(application?.basis, selection: selection) {
                findings = (findings ?? []) + [improvement]
            }
            return (estimate, findings)
        } catch let error as DaegaError {
            throw input.locate(error, fallback: fallback)
        }
    }

    /// The 기능개선 finding when `improvement_fp` is given: measured against `system_fp`, else the FP count of a
    /// function-point basis; the share comes from the procurement book.
    /// - Throws: `DaegaError.maintenanceSystemScaleMissing` at `improvement_fp` when there is no system scale.
    func improvementFinding(_ basis: MaintenanceBasis?, selection: RateSelection) throws -> Finding? {
        guard let improvement = input.improvementPoints else { return nil }
        var system = input.systemPoints
        if system == nil, case let .functionPoints(estimate)? = basis { system = estimate.count.total }
        guard let system else {
            throw DaegaError(.maintenanceSystemScaleMissing, at: input.locations["improvement_fp"] ?? .field("improvement_fp"),
                             "기능개선 \(improvement.grouped) FP를 견줄 시스템 규모가 없습니다",
                             expected: "[maintenance] system_fp = 시스템 규모(FP), 또는 [function_points] 규모로 기준 개발비 산정")
        }
        guard let threshold = try selection.procurementRules().contractChange?.improvementSharePercent else { return nil }
        return try MaintenanceImprovementAssessment.finding(improvementPoints: improvement, systemPoints: system, threshold: threshold)
    }
}
