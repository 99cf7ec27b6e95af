import DaegaEngine

/// Where the function-point scope comes from before it is counted.
public enum FunctionPointScopeSource: Sendable, Equatable {
    /// 간이법 counts per type.
    case counts([FunctionType: Int])
    /// A total.
    case total(ExactDecimal)
    /// A function-list CSV file (path resolved against the project file's folder).
    case functionList(path: String)
}

/// The function-point inputs of a project, from a project file or flags, with where each came from.
public struct FunctionPointInput: Sendable, Equatable {
    /// The workbook sheet holding the function list, when the list is a workbook and not its KOSA form sheet.
    public var functionSheet: String?
    /// The guide edition year; `nil` means the edition in force today.
    public var edition: Int?
    /// The scope's source.
    public var scope: FunctionPointScopeSource?
    /// Factor levels given.
    public var factorLevels: [AdjustmentFactorKind: Int] = [:]
    /// 직접경비.
    public var directExpenses: Won = .zero
    /// 이윤율 (percent), when given.
    public var profitPercent: ExactDecimal?
    /// The ordered phases.
    public var phases: PhaseSelection = .all
    /// Where each field was given (engine field name → flag or file position), for error messages.
    public var locations: [String: InputLocation] = [:]

    /// Creates empty inputs.
    public init() {}

    /// The function-list file, when the scope is one.
    public var functionListPath: String? {
        if case let .functionList(path)? = scope { return path }
        return nil
    }

    /// Maps an engine error's field to where the user wrote it.
    public func locate(_ error: DaegaError) -> DaegaError {
        error.relocated(to: locations)
    }
}
