import DaegaEngine
import DaegaTestSupport
import Testing

/// A man-month illustration (응용SW개발자 10 MM + IT PM 3 MM on the 2025 wage table) computed by hand with the
/// books' stated rounding choices, not a published example: it checks the engine follows those choices to the won.
@Suite struct ManMonthExampleTests {
    static let staffing = [StaffingLine(job: "응용SW개발자", effort: .months(ExactDecimal(10))),
                           StaffingLine(job: "IT PM", effort: .months(ExactDecimal(3)))]

    struct Row: Sendable, CustomTestStringConvertible {
        let overhead: Int64, fee: Int64, overheadWon: Int64, feeWon: Int64, total: Int64
        /// VAT 포함 as the illustration prints it (VAT rounded to the nearest won, as the books do).
        let withVAT: Int64
        var testDescription: String { "\(overhead)/\(fee)" }
    }

    static let rows = [
        Row(overhead: 110, fee: 20, overheadWon: 106_558_088, feeWon: 40_685_815, total: 244_114_892,
            withVAT: 268_526_381),
        Row(overhead: 144, fee: 20, overheadWon: 139_494_224, feeWon: 47_273_043, total: 283_638_256,
            withVAT: 312_002_082),
        Row(overhead: 154, fee: 40, overheadWon: 149_181_323, feeWon: 98_420_925, total: 344_473_237,
            withVAT: 378_920_561),
    ]

    static func estimate(_ row: Row, edition: GuideEdition = Repository.edition(2025)) throws -> ManMonthEstimate {
        let request = ManMonthRequest(staffing: staffing, overheadPercent: ExactDecimal(row.overhead),
                                      technicalFeePercent: ExactDecimal(row.fee))
        return try ManMonthEstimator.estimate(request, table: try Repository.library.wages.book(2025), edition: edition)
    }

    @Test(arguments: rows) func reproducesTheIllustration(_ row: Row) throws {
        let estimate = try Self.estimate(row)
        #expect(estimate.directLabor == Won(96_870_989))
        #expect(estimate.manMonths == ExactDecimal(13))
        #expect(estimate.overhead == Won(row.overheadWon))
        #expect(estimate.technicalFee == Won(row.feeWon))
        #expect(estimate.total == Won(row.total))
        #expect(estimate.totalWithVAT == Won(row.withVAT))
    }

    @Test func traceNamesEveryStepAndItsRounding() throws {
        let estimate = try Self.estimate(Self.rows[1])
        #expect(estimate.trace.map(\.key) == ["labor_line_1", "labor_line_2", "direct_labor", "overhead", "technical_fee",
                                              "direct_expenses", "total", "vat", "total_with_vat"])
        let overhead = try #require(estimate.trace.first { $0.key == "overhead" })
        #expect(overhead.rounding == RoundingStep(rule: .toNearestOrAway))
        #expect(estimate.rates.contains { $0.key == "labor.overhead" && $0.status == .uncertain })
        #expect(estimate.rates.contains { $0.book == "wages-2025" && $0.key == "jobs.IT PM" })
    }
}
