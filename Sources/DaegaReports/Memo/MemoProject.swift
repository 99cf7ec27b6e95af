/// The project a memo is written for, as the officer named it (user text: renderers escape it).
public struct MemoProject: Sendable, Equatable {
    /// The project's name.
    public var name: String
    /// The ordering agency, when given.
    public var agency: String?

    /// Creates the description.
    public init(name: String, agency: String? = nil) {
        self.name = name
        self.agency = agency
    }
}
