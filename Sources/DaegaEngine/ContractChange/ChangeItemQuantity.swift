/// One item of a contract before and after a change: a function (or a type's count), in function points.
public struct ChangeItemQuantity: Sendable, Equatable {
    /// The function's name, or the type's Korean name for 간이법 counts.
    public var name: String
    /// The function type.
    public var type: FunctionType
    /// Function points in the contract as awarded (zero for a new item).
    public var before: ExactDecimal
    /// Function points after the change (zero for a deleted item).
    public var after: ExactDecimal
    /// Whether the item was in the contract as awarded (an existing 비목) rather than new (신규비목).
    public var inContract: Bool
    /// Whether the change list marks it as changed, so a change that leaves its size alone is still shown.
    public var markedChanged: Bool

    /// Creates an item.
    public init(name: String, type: FunctionType, before: ExactDecimal, after: ExactDecimal, inContract: Bool,
                markedChanged: Bool = false) {
        self.name = name
        self.type = type
        self.before = before
        self.after = after
        self.inContract = inContract
        self.markedChanged = markedChanged
    }

    /// `after − before`.
    public var difference: ExactDecimal { after.adding(before.negated)! }
}
