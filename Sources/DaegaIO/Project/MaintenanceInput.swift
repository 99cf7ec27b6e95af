import DaegaEngine

/// The maintenance inputs of a project, from a project file or flags, with where each came from.
public struct MaintenanceInput: Sendable {
    /// The guide edition year, when given in this section.
    public var edition: Int?
    /// Development-cost bases (VAT 별도): none (take the function-point estimate), one for every year, or one per year.
    public var bases: [Won] = []
    /// Annual 직접경비 of application-SW maintenance.
    public var directExpenses: Won = .zero
    /// The period in months.
    public var months: Int = 12
    /// Difficulty ratings given.
    public var ratings: [DifficultyFactorKind: MaintenanceRating] = [:]
    /// Commercial products.
    public var products: [CommercialProduct] = []
    /// The budget to check, when given.
    public var budget: MaintenanceBudget?
    /// The size of the improvements (기능개선) the contract lists, in FP (`improvement_fp`).
    public var improvementPoints: ExactDecimal?
    /// The maintained system's scale in FP (`system_fp`); else the function-point basis's count.
    public var systemPoints: ExactDecimal?
    /// Where each field was given (engine field name → flag or file position), for error messages.
    public var locations: [String: InputLocation] = [:]

    /// Creates empty inputs.
    public init() {}

    /// Whether application-SW maintenance was asked for (a basis or any rating).
    public var hasApplication: Bool { !bases.isEmpty || !ratings.isEmpty }

    /// Maps an engine error's field to where the user wrote it, else to `fallback(field)`.
    public func locate(_ error: DaegaError, fallback: (String) -> InputLocation? = { _ in nil }) -> DaegaError {
        error.relocated { field in field.flatMap { locations[$0] ?? fallback($0) } }
    }
}
