/// A column of a memo table: its heading and whether it holds numbers (right-aligned).
public struct MemoColumn: Sendable, Equatable {
    /// The heading.
    public var title: String
    /// True for numbers: right-aligned in every format.
    public var isNumeric: Bool

    /// Creates a column.
    public init(_ title: String, numeric: Bool = false) {
        self.title = title
        isNumeric = numeric
    }
}

/// A table of a memo: headed columns, rows of already formatted cells (numbers come from the engine) and the unit
/// line printed above it, such as `(단위: 천원, 1,000원 단위 반올림)`.
public struct MemoTable: Sendable, Equatable {
    /// The columns; their titles form the header row, repeated on every page the table spans.
    public var columns: [MemoColumn]
    /// The rows; each has one cell per column.
    public var rows: [[String]]
    /// The unit line, when the table holds amounts.
    public var unit: String?

    /// Creates a table.
    /// - Parameters:
    ///   - columns: the columns.
    ///   - rows: one cell per column in each row.
    ///   - unit: the unit line printed above the table, if any.
    public init(_ columns: [MemoColumn], rows: [[String]], unit: String? = nil) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "every memo table row has one cell per column")
        self.columns = columns
        self.rows = rows
        self.unit = unit
    }
}
