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

    /// The inputs of a project file as written, with no command-line overrides.
    public init(_ file: ProjectFile) {
        self.init(name: file.name, functionPoints: file.functionPoints ?? FunctionPointInput(),
                  staffing: file.staffing ?? StaffingInput(), maintenance: file.maintenance, budget: file.budget)
    }
}
