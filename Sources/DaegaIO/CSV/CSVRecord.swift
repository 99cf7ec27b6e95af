/// One CSV record: its fields exactly as written (quotes removed, spaces kept) and the line it starts on.
public struct CSVRecord: Sendable, Equatable, Hashable {
    /// The fields in order; a blank line is one empty field.
    public var fields: [String]
    /// The 1-based line where the record starts (a quoted line break makes a record span lines).
    public var line: Int

    /// Creates a record.
    /// - Parameters:
    ///   - fields: the fields in order.
    ///   - line: the 1-based line where the record starts.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}
