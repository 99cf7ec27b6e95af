/// A sizing figure with its rate-book reference and what kind of reference it is.
public struct SizingFigure<Value: Sendable>: Sendable {
    /// The figure.
    public var value: Value
    /// Where it came from.
    public var reference: RateReference
    /// Foreign, historical or daega's convention.
    public var origin: ReferenceOrigin

    /// Pairs a figure with its reference and origin.
    public init(_ value: Value, _ reference: RateReference, origin: ReferenceOrigin) {
        self.value = value
        self.reference = reference
        self.origin = origin
    }
}
