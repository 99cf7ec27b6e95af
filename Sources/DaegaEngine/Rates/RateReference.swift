/// Where a figure came from: the rate book, its edition, the key inside it, the public source and its status.
public struct RateReference: Sendable, Hashable, Codable {
    /// The rate book's identifier, e.g. `guide-2020`.
    public var book: String
    /// A human label of the edition, e.g. `SW사업 대가산정 가이드 2020`.
    public var edition: String
    /// The figure's key inside the book, e.g. `fp.unit_price`.
    public var key: String
    /// The public source the figure was taken from.
    public var source: String
    /// VERIFIED or UNCERTAIN.
    public var status: RateStatus

    /// Creates a reference.
    public init(book: String, edition: String, key: String, source: String, status: RateStatus) {
        self.book = book
        self.edition = edition
        self.key = key
        self.source = source
        self.status = status
    }
}

/// A figure together with the reference it came from.
public struct Sourced<Value: Sendable>: Sendable {
    /// The figure.
    public var value: Value
    /// Where it came from.
    public var reference: RateReference

    /// Pairs a figure with its reference.
    public init(_ value: Value, _ reference: RateReference) {
        self.value = value
        self.reference = reference
    }
}
