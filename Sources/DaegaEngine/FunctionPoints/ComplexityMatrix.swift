/// A 3×3 complexity matrix: rows are RET (data) or FTR (transaction) bands, columns are DET bands.
public struct ComplexityMatrix: Sendable, Equatable {
    /// What the rows count: "RET" or "FTR".
    public var rowMeasure: String
    /// Lower bounds of the three row bands, ascending (e.g. RET 1, 2, 6).
    public var rowLowerBounds: [Int]
    /// Lower bounds of the three DET bands, ascending (e.g. 1, 20, 51).
    public var columnLowerBounds: [Int]
    /// `cells[row][column]`.
    public var cells: [[Complexity]]

    /// Creates a matrix; the shapes are validated by the rate-book loader.
    public init(rowMeasure: String, rowLowerBounds: [Int], columnLowerBounds: [Int], cells: [[Complexity]]) {
        self.rowMeasure = rowMeasure
        self.rowLowerBounds = rowLowerBounds
        self.columnLowerBounds = columnLowerBounds
        self.cells = cells
    }

    /// The smallest accepted row count (RET ≥ 1; FTR ≥ 0 for EI and EO; FTR ≥ 1 for EQ).
    public var minimumRow: Int { rowLowerBounds[0] }

    /// Classifies a function by its DET and RET/FTR counts.
    /// - Throws: `DaegaError` when a count is below the matrix's first band.
    public func complexity(det: Int, rowCount: Int, type: FunctionType) throws -> Complexity {
        guard det >= columnLowerBounds[0] else {
            throw DaegaError(.valueOutOfRange, at: .field("det"), "DET가 \(det)입니다",
                             expected: "\(columnLowerBounds[0]) 이상의 정수")
        }
        guard rowCount >= minimumRow else {
            if type == .eq {
                throw DaegaError(.inquiryWithoutFileReference, at: .field("ret_ftr"),
                                 "외부조회(EQ)의 FTR이 \(rowCount)입니다: 조회는 적어도 하나의 파일을 참조해야 합니다",
                                 expected: "FTR \(minimumRow) 이상")
            }
            throw DaegaError(.valueOutOfRange, at: .field("ret_ftr"), "\(rowMeasure)가 \(rowCount)입니다",
                             expected: "\(minimumRow) 이상의 정수")
        }
        let row = rowLowerBounds.lastIndex { rowCount >= $0 }!
        let column = columnLowerBounds.lastIndex { det >= $0 }!
        return cells[row][column]
    }
}
