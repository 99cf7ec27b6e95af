import DaegaEngine

/// A batch's results held as cells rather than CSV bytes, for a workbook: the output header, every output row in
/// input order, and the failed rows' errors.
public struct BatchResultTable: Sendable {
    /// One failed row: its id and its error, placed at its cell.
    public struct FailedRow: Sendable, Equatable {
        /// The row's id.
        public var id: String
        /// Why it failed.
        public var error: DaegaError
    }

    /// The output header (input columns, then result columns).
    public var header: [String]
    /// The output rows in input order.
    public private(set) var rows: [BatchOutputRow] = []
    /// The failed rows in input order.
    public private(set) var failures: [FailedRow] = []

    /// The most data rows a sheet can take below its header.
    public static let maximumRows = CellReference.maximumRow - 1

    /// An empty table under `header`.
    public init(header: [String]) { self.header = header }

    /// Appends an output row.
    /// - Throws: `workbookTooLarge` past a sheet's row limit.
    mutating func append(_ row: BatchOutputRow, input: String) throws(DaegaError) {
        guard rows.count < Self.maximumRows else {
            throw DaegaError(.workbookTooLarge, at: .file(path: input, line: nil, column: nil),
                             "결과가 시트 한 장의 한도(\(Self.maximumRows)행)를 넘습니다",
                             expected: "\(Self.maximumRows)행 이하의 포트폴리오, 또는 CSV 결과(-o 결과.csv)")
        }
        rows.append(row)
    }

    /// Records a failed row.
    mutating func addFailure(_ error: DaegaError, id: String) { failures.append(FailedRow(id: id, error: error)) }
}
