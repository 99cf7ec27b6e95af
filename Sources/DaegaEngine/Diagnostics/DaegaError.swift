/// An error daega reports to a person: where, what was wrong, and what was expected.
///
/// Rendered like a compiler diagnostic: `samples/scm.csv:4:3: error: … (expected: …) [E103]`.
public struct DaegaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The stable code of this kind of error.
    public var code: ErrorCode
    /// Where the bad input was, when known.
    public var location: InputLocation?
    /// What was wrong, in plain Korean with the offending value.
    public var message: String
    /// What would have been accepted.
    public var expected: String?

    /// Creates an error.
    public init(_ code: ErrorCode, at location: InputLocation? = nil, _ message: String, expected: String? = nil) {
        self.code = code
        self.location = location
        self.message = message
        self.expected = expected
    }

    /// The same error placed at `location` when it was only known by field name (or not at all).
    /// - Parameter resolve: maps a field name to the flag or file position that carried it.
    public func relocated(_ resolve: (String?) -> InputLocation?) -> DaegaError {
        var copy = self
        switch location {
        case let .field(name)?: copy.location = resolve(name) ?? location
        case nil: copy.location = resolve(nil)
        default: break
        }
        return copy
    }

    /// The same error placed where `locations` says its field was given (see ``relocated(_:)``).
    public func relocated(to locations: [String: InputLocation]) -> DaegaError {
        relocated { field in field.flatMap { locations[$0] } }
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "error: \(message)"
        if let expected { text += " (expected: \(expected))" }
        return text + " [\(code.rawValue)]"
    }

    /// An amount that does not fit in 64-bit won.
    public static func amountOverflow(_ what: String) -> DaegaError {
        DaegaError(.amountOverflow, "\(what) 금액이 표현 가능한 범위(약 ±922경 원)를 넘습니다",
                   expected: "더 작은 규모나 금액")
    }
}
