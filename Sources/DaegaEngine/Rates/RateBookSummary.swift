/// One figure of a rate book as listed by `daega rates`: its key, its value in words and its reference.
public struct RateFigureListing: Sendable, Equatable {
    /// The figure's key inside the book.
    public var key: String
    /// The value as text, e.g. `553,114원` or `ilf 7.5, eif 5.4, …`.
    public var value: String
    /// Source and status.
    public var reference: RateReference

    /// Creates a listing.
    public init(key: String, value: String, reference: RateReference) {
        self.key = key
        self.value = value
        self.reference = reference
    }
}

/// A rate book's identity and every figure it holds, for listing.
public struct RateBookSummary: Sendable, Equatable {
    /// The book's identifier, e.g. `guide-2025`.
    public var book: String
    /// Its title.
    public var title: String
    /// Its kind, e.g. `guide`.
    public var kind: String
    /// The day it took effect.
    public var effectiveFrom: CalendarDate
    /// The last day it applied, when it ended (a wage table's year, or the day before the next edition).
    public var effectiveTo: CalendarDate?
    /// Its figures in file order.
    public var figures: [RateFigureListing]

    /// Creates a summary.
    public init(book: String, title: String, kind: String, effectiveFrom: CalendarDate, effectiveTo: CalendarDate? = nil,
                figures: [RateFigureListing]) {
        self.book = book
        self.title = title
        self.kind = kind
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.figures = figures
    }

    /// `from ~ to`, or `from ~` while the book still applies.
    public var period: String { "\(effectiveFrom) ~ \(effectiveTo.map(\.description) ?? "")" }

    /// How many figures are UNCERTAIN.
    public var uncertainCount: Int { figures.filter { $0.reference.status == .uncertain }.count }
}
