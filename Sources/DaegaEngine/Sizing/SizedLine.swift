/// One line of an early count: what was counted, the function type it became, and its points.
public struct SizedLine: Sendable, Equatable {
    /// What was counted: an early-count kind's name, or a requirement's id and name.
    public var label: LocalizedText
    /// The requirement's kind as written, or the early-count kind's key.
    public var kind: String
    /// The 1-based line in the requirement list, for listed requirements.
    public var line: Int?
    /// The function type it maps to (`nil` for the indicative count, which weighs data groups directly).
    public var type: FunctionType?
    /// How many.
    public var quantity: Int
    /// The weight per item.
    public var weight: ExactDecimal
    /// quantity × weight.
    public var points: ExactDecimal

    /// Creates a line.
    public init(label: LocalizedText, kind: String, line: Int?, type: FunctionType?, quantity: Int, weight: ExactDecimal, points: ExactDecimal) {
        self.label = label
        self.kind = kind
        self.line = line
        self.type = type
        self.quantity = quantity
        self.weight = weight
        self.points = points
    }
}
