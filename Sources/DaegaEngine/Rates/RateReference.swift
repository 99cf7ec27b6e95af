/// Where a figure came from: the rate book, its edition, the key inside it, the public source and its status.
///
/// A value type whose fields live in one shared, immutable box: copying a reference (which every `Sourced` figure,
/// trace step and finding does) costs one reference count instead of one per text.
public struct RateReference: Sendable, Hashable, Codable {
    private final class Fields: Sendable {
        let book: String, edition: String, key: String, source: String
        let status: RateStatus

        init(book: String, edition: String, key: String, source: String, status: RateStatus) {
            (self.book, self.edition, self.key, self.source, self.status) = (book, edition, key, source, status)
        }
    }

    private var fields: Fields

    /// The rate book's identifier, e.g. `guide-2020`.
    public var book: String {
        get { fields.book }
        set { fields = Fields(book: newValue, edition: edition, key: key, source: source, status: status) }
    }
    /// A human label of the edition, e.g. `SW사업 대가산정 가이드 2020`.
    public var edition: String { fields.edition }
    /// The figure's key inside the book, e.g. `fp.unit_price`.
    public var key: String { fields.key }
    /// The public source the figure was taken from.
    public var source: String { fields.source }
    /// VERIFIED or UNCERTAIN.
    public var status: RateStatus { fields.status }

    /// Creates a reference.
    public init(book: String, edition: String, key: String, source: String, status: RateStatus) {
        fields = Fields(book: book, edition: edition, key: key, source: source, status: status)
    }

    public static func == (lhs: RateReference, rhs: RateReference) -> Bool {
        lhs.fields === rhs.fields || (lhs.book == rhs.book && lhs.edition == rhs.edition && lhs.key == rhs.key
                                      && lhs.source == rhs.source && lhs.status == rhs.status)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(book)
        hasher.combine(edition)
        hasher.combine(key)
        hasher.combine(source)
        hasher.combine(status)
    }

    private enum CodingKeys: String, CodingKey { case book, edition, key, source, status }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(book: try container.decode(String.self, forKey: .book), edition: try container.decode(String.self, forKey: .edition),
                  key: try container.decode(String.self, forKey: .key), source: try container.decode(String.self, forKey: .source),
                  status: try container.decode(RateStatus.self, forKey: .status))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(book, forKey: .book)
        try container.encode(edition, forKey: .edition)
        try container.encode(key, forKey: .key)
        try container.encode(source, forKey: .source)
        try container.encode(status, forKey: .status)
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
