/// A guide's allowed range of a percentage rate and the value used when the user gives none.
public struct PercentRange: Sendable, Equatable {
    /// The lowest rate the guide allows.
    public var minimum: ExactDecimal
    /// The highest rate the guide allows.
    public var maximum: ExactDecimal
    /// The rate used when the user gives none (the range's lower bound in every edition).
    public var defaultPercent: ExactDecimal

    /// Creates a range; `minimum ≤ defaultPercent ≤ maximum` is the caller's duty (the reader checks it).
    public init(minimum: ExactDecimal, maximum: ExactDecimal, defaultPercent: ExactDecimal) {
        self.minimum = minimum
        self.maximum = maximum
        self.defaultPercent = defaultPercent
    }

    /// Whether `percent` lies inside the range.
    public func contains(_ percent: ExactDecimal) -> Bool { minimum <= percent && percent <= maximum }

    /// The range as text, e.g. `144~154%`.
    public var text: String { "\(minimum)~\(maximum)%" }
}
