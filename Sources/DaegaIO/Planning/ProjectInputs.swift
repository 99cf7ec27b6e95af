import DaegaEngine

/// One project's inputs for a check, wherever they came from (a project file, flags or a batch row).
///
/// The optional properties holding references are spelled `Optional<…>`: a `T?` property has an implicit `nil`
/// default, and an init that assigns a non-trivial property over a default makes Swift 6.3 copy the whole value at
/// the end of the init (once per batch row). Trivial optionals (numbers, enums without payloads) are not affected.
public struct ProjectInputs: Sendable {
    /// The project's name.
    public var name: Optional<String>
    /// Function-point inputs (a scope may be absent).
    public var functionPoints: FunctionPointInput
    /// Man-month inputs (staffing may be empty).
    public var staffing: StaffingInput
    /// Maintenance inputs, when any.
    public var maintenance: Optional<MaintenanceInput>
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

    /// The inputs of a project file as written, with no command-line overrides.
    public init(_ file: ProjectFile) {
        self.init(name: file.name, functionPoints: file.functionPoints ?? FunctionPointInput(),
                  staffing: file.staffing ?? StaffingInput(), maintenance: file.maintenance, budget: file.budget)
    }

    /// Whether a staffing plan is given (lines or a staffing file).
    public var hasStaffing: Bool { !staffing.lines.isEmpty || staffing.file != nil }

    /// Whether there is development work to estimate: a function-point scope or a staffing plan.
    public var hasDevelopment: Bool { functionPoints.scope != nil || hasStaffing }

    /// The guide edition the maintenance section is estimated under, when the inputs have one.
    /// - Throws: `DaegaError` relocated to the maintenance inputs when the edition has no rate book.
    public func maintenanceEdition(selection: RateSelection) throws -> GuideEdition? {
        try maintenance.map {
            try MaintenancePreparation($0, functionPoints: functionPoints, editionFlagGiven: false, selection: selection).edition
        }
    }

    /// The maintenance estimate and its compliance findings, when the inputs have a maintenance section.
    /// - Throws: `DaegaError` relocated to the maintenance inputs.
    public func maintenanceEstimate(selection: RateSelection) throws -> (MaintenanceEstimate, [Finding])? {
        guard let maintenance else { return nil }
        let preparation = try MaintenancePreparation(maintenance, functionPoints: functionPoints, editionFlagGiven: false,
                                                     selection: selection)
        let (estimate, findings) = try preparation.estimate(selection: selection)
        return (estimate, findings ?? [])
    }
}
