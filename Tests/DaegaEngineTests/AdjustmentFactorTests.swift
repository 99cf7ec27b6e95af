import DaegaEngine
import DaegaTestSupport
import Testing

/// Every level of every factor in every edition, and the size-factor curve at its bounds.
@Suite struct AdjustmentFactorTests {
    static let expected: [(AdjustmentFactorKind, [String])] = [
        (.integration, ["0.88", "0.94", "1.00", "1.06", "1.12"]),
        (.performance, ["0.91", "0.95", "1.00", "1.05", "1.09"]),
        (.compatibility, ["0.94", "1.00", "1.06", "1.13", "1.19"]),
        (.security, ["0.97", "1.00", "1.03", "1.06", "1.08"]),
    ]
    static let levels: [(Int, AdjustmentFactorKind, Int, String)] = [2020, 2024, 2025].flatMap { year in
        expected.flatMap { kind, values in values.enumerated().map { (year, kind, $0.offset + 1, $0.element) } }
    }

    @Test(arguments: levels)
    func level(edition: Int, kind: AdjustmentFactorKind, level: Int, value: String) throws {
        let table = try #require(try Repository.edition(edition).requireFunctionPoints().factors[kind]).value
        #expect(try table.levels[table.position(of: level)].value == ExactDecimal(parsing: value))
    }

    @Test(arguments: [(AdjustmentFactorKind.integration, 3), (.performance, 3), (.compatibility, 2), (.security, 2)])
    func neutralLevelIsTheOneAtOne(kind: AdjustmentFactorKind, level: Int) throws {
        let table = try #require(try Repository.edition(2025).requireFunctionPoints().factors[kind]).value
        #expect(try table.levels[table.position(of: nil)].level == level)
    }

    @Test(arguments: [0, 6, -1])
    func levelsOutsideTheTableAreRejected(level: Int) throws {
        let table = try #require(try Repository.edition(2020).requireFunctionPoints().factors[.security]).value
        let error = try #require(throws: DaegaError.self) { try table.position(of: level) }
        #expect(error.code == .valueOutOfRange)
        #expect(error.location == .field("security"))
        #expect(error.expected == "등급 1, 2, 3, 4, 5 중 하나")
    }

    /// FP < 500 → 1.2800; 500 → formula 1.27998 → 1.2800; minimum 0.8878 near e^7.1978 ≈ 1,336; 3,000 → 1.1530; above → 1.1530.
    @Test(arguments: [
        ("1", "1.2800"), ("85", "1.2800"), ("499.9", "1.2800"), ("500", "1.2800"), ("800", "0.9946"),
        ("1336", "0.8878"), ("2000", "0.9537"), ("3000", "1.1530"), ("3000.1", "1.1530"), ("100000", "1.1530"),
    ])
    func sizeFactor(fp: String, factor: String) throws {
        let curve = try Repository.edition(2020).requireFunctionPoints().sizeFactor.value
        #expect(curve.factor(for: ExactDecimal(parsing: fp)!).fixedText == factor)
    }
}
