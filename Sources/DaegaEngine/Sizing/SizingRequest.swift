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
