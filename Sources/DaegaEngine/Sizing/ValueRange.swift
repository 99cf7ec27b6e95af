/// A low, likely and high value of the same quantity.
public struct ValueRange<Value: Sendable & Comparable>: Sendable {
    /// The low end.
    public var low: Value
    /// The likely value.
    public var likely: Value
    /// The high end.
    public var high: Value

    /// Creates a range.
    public init(low: Value, likely: Value, high: Value) {
        self.low = low
        self.likely = likely
        self.high = high
    }
}

extension ValueRange: Equatable where Value: Equatable {}
