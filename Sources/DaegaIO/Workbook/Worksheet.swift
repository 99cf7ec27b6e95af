import DaegaEngine

/// A sheet's cells as read from a workbook, with its merged ranges and data-validation ranges.
public struct Worksheet: Sendable {
    /// A rectangle of cells such as `B8:B12`.
    public struct CellRange: Sendable, Equatable {
        /// The top-left cell.
        public var first: CellReference
        /// The bottom-right cell.
        public var last: CellReference

        /// Reads `B8:B12` or a single cell `B8`.
        public init?(_ text: some StringProtocol) {
            let ends = text.split(separator: ":", maxSplits: 1)
            guard let first = ends.first.flatMap({ CellReference($0) }),
                  let last = ends.count == 2 ? CellReference(ends[1]) : first else { return nil }
            self.first = CellReference(column: min(first.column, last.column), row: min(first.row, last.row))
            self.last = CellReference(column: max(first.column, last.column), row: max(first.row, last.row))
        }
    }

    /// The sheet's tab name.
    public var name: String
    /// Cells by row, then column (1-based); blank cells are absent, and every cell of a merged range holds the
    /// range's (top-left) value.
    public var rows: [Int: [Int: WorksheetCell]] = [:]
    /// Merged ranges.
    public var mergedRanges: [CellRange] = []
    /// Ranges with a data-validation rule (the input areas of a form).
    public var validationRanges: [CellRange] = []

    /// Creates an empty sheet.
    public init(name: String) { self.name = name }

    /// The last row holding a cell, 0 for an empty sheet.
    public var lastRow: Int { rows.keys.max() ?? 0 }

    /// The last column holding a cell in any row, 0 for an empty sheet.
    public var lastColumn: Int { rows.values.compactMap { $0.keys.max() }.max() ?? 0 }

    /// The cell at `reference` (in a merged range, the range's value).
    public func cell(_ reference: CellReference) -> WorksheetCell? { rows[reference.row]?[reference.column] }
}
