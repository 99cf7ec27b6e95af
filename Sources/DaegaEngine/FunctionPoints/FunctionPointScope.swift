/// How one function in a function list is measured.
public enum FunctionMeasure: Sendable, Equatable {
    /// 정통법 with counts: complexity from the matrix.
    case counts(det: Int, retOrFtr: Int)
    /// 정통법 with the complexity given directly.
    case complexity(Complexity)
    /// 간이법: the type's average weight.
    case typical
}

/// One unit process (or logical file) of a function list.
public struct FunctionEntry: Sendable, Equatable {
    /// The function's name as the user wrote it.
    public var name: String
    /// Its type.
    public var type: FunctionType
    /// How it is measured.
    public var measure: FunctionMeasure
    /// What happens to it in a redevelopment or change request (신규 when the list has no change column).
    public var change: FunctionChange
    /// The 기능변경률 of a changed function, when given.
    public var changeRate: ChangeRateInput?

    /// Creates an entry.
    public init(name: String, type: FunctionType, measure: FunctionMeasure, change: FunctionChange = .new,
                changeRate: ChangeRateInput? = nil) {
        self.name = name
        self.type = type
        self.measure = measure
        self.change = change
        self.changeRate = changeRate
    }
}

/// The size input of an FP estimate.
public enum FunctionPointScope: Sendable, Equatable {
    /// 간이법 counts per type.
    case counts([FunctionType: Int])
    /// A total already counted elsewhere.
    case total(ExactDecimal)
    /// A function list.
    case functions([FunctionEntry])
}
