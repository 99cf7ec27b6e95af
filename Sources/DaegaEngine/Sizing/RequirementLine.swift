/// One line of a requirement list, with the function type its kind maps to.
public struct RequirementLine: Sendable, Equatable {
    /// The requirement's id as written (may be empty).
    public var id: String
    /// Its name.
    public var name: String
    /// Its kind as written (e.g. 등록, 조회).
    public var kind: String
    /// The function type the kind maps to.
    public var type: FunctionType
    /// The 1-based line in the file.
    public var line: Int

    /// Creates a line.
    public init(id: String, name: String, kind: String, type: FunctionType, line: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.type = type
        self.line = line
    }
}
