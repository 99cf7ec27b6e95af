/// A column of a memo table: its heading and whether it holds numbers (right-aligned).
public struct MemoColumn: Sendable, Equatable {
    /// The heading.
    public var title: String
    /// True for numbers: right-aligned in HTML and Markdown.
    public var isNumeric: Bool

    /// Creates a column.
    public init(_ title: String, numeric: Bool = false) {
        self.title = title
        isNumeric = numeric
    }
}

/// A table of a memo: headed columns and rows of already formatted cells (numbers come from the engine).
public struct MemoTable: Sendable, Equatable {
    /// The columns.
    public var columns: [MemoColumn]
    /// The rows; each has one cell per column.
    public var rows: [[String]]

    /// Creates a table.
    /// - Parameters:
    ///   - columns: the columns.
    ///   - rows: one cell per column in each row.
    public init(_ columns: [MemoColumn], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every memo table row has one cell per column")
        self.columns = columns
        self.rows = rows
    }
}
