import DaegaEngine

/// One data row of a batch portfolio: its identifier and where it was, its cells as written, and the project's
/// inputs read from them (or the first error that made the row unreadable).
public struct BatchRow: Sendable {
    /// The 1-based line where the row's record starts.
    public var line: Int
    /// The row's `id` cell (empty when missing).
    public var id: String
    /// The cells as written, cut or padded with empty cells to the header's width, carried through to the output.
    public var cells: CSVRecord
    /// The project's inputs, or why the row could not be read.
    public var inputs: Result<ProjectInputs, DaegaError>

    /// Creates a row.
    public init(line: Int, id: String, cells: CSVRecord, inputs: Result<ProjectInputs, DaegaError>) {
        self.line = line
        self.id = id
        self.cells = cells
        self.inputs = inputs
    }
}
