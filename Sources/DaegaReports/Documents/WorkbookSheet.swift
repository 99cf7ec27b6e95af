/// One sheet of a workbook: rows of cells and how the sheet is shown and printed.
public struct WorkbookSheet: Sendable, Equatable {
    /// The tab name (at most 31 characters, none of `[]:*?/\`).
    public var name: String
    /// The rows from row 1; a row may be shorter than others.
    public var rows: [[WorkbookCell]]
    /// Column widths in characters; columns without one are sized from their content.
    public var columnWidths: [Int: Double] = [:]
    /// Rows kept in view when scrolling (the header), 0 for none.
    public var frozenRows = 0
    /// Whether the first row gets filter buttons over the used range.
    public var hasAutoFilter = false
    /// Whether the page is landscape A4 scaled to one page wide (otherwise portrait A4).
    public var printsLandscapeFitToWidth = false
    /// Rows repeated at the top of every printed page, 0 for none.
    public var printTitleRows = 0
    /// Merged ranges, e.g. `A1:D1`.
    public var mergedRanges: [String] = []

    /// Creates a sheet.
    public init(name: String, rows: [[WorkbookCell]] = []) {
        self.name = name
        self.rows = rows
    }

    /// The widest row's cell count.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}
