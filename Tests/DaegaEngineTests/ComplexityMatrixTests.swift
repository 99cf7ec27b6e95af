import DaegaEngine
import DaegaTestSupport
import Testing

/// Every cell of the four complexity matrices, probed at both ends of each band (guide 2020 book).
@Suite struct ComplexityMatrixTests {
    static let rates = try! Repository.edition(2020).requireFunctionPoints()

    /// (type, DET, RET/FTR, expected complexity). Bands: ILF/EIF RET 1 | 2–5 | 6+, DET 1–19 | 20–50 | 51+;
    /// EI FTR 0–1 | 2 | 3+, DET 1–4 | 5–15 | 16+; EO/EQ FTR 0–1 (EQ: 1) | 2–3 | 4+, DET 1–5 | 6–19 | 20+.
    static let cells: [(FunctionType, Int, Int, Complexity)] = {
        var cases: [(FunctionType, Int, Int, Complexity)] = []
        let grid: [[Complexity]] = [[.low, .low, .average], [.low, .average, .high], [.average, .high, .high]]
        let bands: [(FunctionType, [[Int]], [[Int]])] = [
            (.ilf, [[1, 1], [2, 5], [6, 90]], [[1, 19], [20, 50], [51, 400]]),
            (.eif, [[1, 1], [2, 5], [6, 90]], [[1, 19], [20, 50], [51, 400]]),
            (.ei, [[0, 1], [2, 2], [3, 90]], [[1, 4], [5, 15], [16, 400]]),
            (.eo, [[0, 1], [2, 3], [4, 90]], [[1, 5], [6, 19], [20, 400]]),
            (.eq, [[1, 1], [2, 3], [4, 90]], [[1, 5], [6, 19], [20, 400]]),
        ]
        for (type, rows, columns) in bands {
            for (row, rowBand) in rows.enumerated() {
                for (column, columnBand) in columns.enumerated() {
                    for rowCount in rowBand { for det in columnBand { cases.append((type, det, rowCount, grid[row][column])) } }
                }
            }
        }
        return cases
    }()

    @Test(arguments: cells)
    func cell(type: FunctionType, det: Int, rowCount: Int, expected: Complexity) throws {
        let matrix = try #require(Self.rates.matrices[type]).value
        #expect(try matrix.complexity(det: det, rowCount: rowCount, type: type) == expected)
    }

    @Test func inquiryWithoutFileIsRejected() throws {
        let matrix = try #require(Self.rates.matrices[.eq]).value
        let error = try #require(throws: DaegaError.self) { try matrix.complexity(det: 3, rowCount: 0, type: .eq) }
        #expect(error.code == .inquiryWithoutFileReference)
        #expect(error.location == .field("ret_ftr"))
    }

    @Test(arguments: [(FunctionType.ilf, 0, 1), (.ilf, 5, 0), (.ei, 0, 1), (.eo, 0, 0)])
    func countsBelowTheFirstBandAreRejected(type: FunctionType, det: Int, rowCount: Int) throws {
        let matrix = try #require(Self.rates.matrices[type]).value
        #expect(throws: DaegaError.self) { try matrix.complexity(det: det, rowCount: rowCount, type: type) }
    }

    @Test(arguments: [
        (FunctionType.ilf, Complexity.low, 7), (.ilf, .average, 10), (.ilf, .high, 15),
        (.eif, .low, 5), (.eif, .average, 7), (.eif, .high, 10),
        (.ei, .low, 3), (.ei, .average, 4), (.ei, .high, 6),
        (.eo, .low, 4), (.eo, .average, 5), (.eo, .high, 7),
        (.eq, .low, 3), (.eq, .average, 4), (.eq, .high, 6),
    ] as [(FunctionType, Complexity, Int64)])
    func detailedWeights(type: FunctionType, complexity: Complexity, weight: Int64) {
        #expect(Self.rates.detailedWeights.value[type]?[complexity] == ExactDecimal(weight))
    }

    @Test(arguments: [(FunctionType.ilf, "7.5"), (.eif, "5.4"), (.ei, "4.0"), (.eo, "5.2"), (.eq, "3.9")])
    func simpleWeights(type: FunctionType, weight: String) {
        #expect(Self.rates.simpleWeights.value[type] == ExactDecimal(parsing: weight))
    }
}
