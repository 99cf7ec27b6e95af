/// One line of a requirement list, with the function type its kind maps to.
public struct RequirementLine: Sendable, Equatable {
    /// The requirement's id as written (may be empty).
    public var id: String
    /// Its name.
    public var name: String
    /// Its kind as written (e.g. 등록, 조회).
    public var kind: String
    /// The function type the kind maps to.
    public var type: FunctionType
    /// The 1-based line in the file.
    public var line: Int

    /// Creates a line.
    public init(id: String, name: String, kind: String, type: FunctionType, line: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.type = type
        self.line = line
    }
}

/// What an early size is counted from.
public enum SizingScope: Sendable, Equatable {
    /// Counts per kind (data groups, screens, reports, interfaces, batch jobs); a kind absent was not counted.
    case counts([EarlyCountKind: Int])
    /// A requirement list, one function per line.
    case requirements([RequirementLine])
}

/// Everything the user decides for an early size: what was counted, at which stage, and the cost inputs.
public struct SizingRequest: Sendable, Equatable {
    /// What the size is counted from.
    public var scope: SizingScope
    /// The stage the count was made at.
    public var stage: SizingStage
    /// The cost inputs (factor levels, direct expenses, profit, phases); its scope is replaced by each size.
    public var costTemplate: FunctionPointRequest

    /// Creates a request.
    public init(scope: SizingScope, stage: SizingStage, costTemplate: FunctionPointRequest = FunctionPointRequest(scope: .total(.zero))) {
        self.scope = scope
        self.stage = stage
        self.costTemplate = costTemplate
    }
}
