@testable import DaegaEngine
import DaegaTestSupport
import Testing

/// `ManMonthEstimator.compute` checks and prices a request before anything is worded: it throws what `estimate`
/// throws, and its worded estimate keeps the notes in the estimate's order.
@Suite struct ManMonthComputeTests {
    static let edition = Repository.edition(2025)

    static func request(_ jobs: [(String, StaffingEffort)], overhead: Int64? = nil, workingDays: ExactDecimal? = nil) -> ManMonthRequest {
        ManMonthRequest(staffing: jobs.map { StaffingLine(job: $0.0, effort: $0.1) }, overheadPercent: overhead.map { ExactDecimal($0) },
                        workingDays: workingDays)
    }

    /// A months line on the 2024 table (daily wages only, no day count): the same error at the same line from both.
    @Test func aFailingLineAfterAPricedOneThrowsWhatEstimatingThrows() throws {
        let table = try Repository.library.wages.book(2024)
        let request = Self.request([("IT아키텍트", .days(ExactDecimal(20))), ("IT아키텍트", .months(ExactDecimal(3)))])
        let computed = try #require(throws: DaegaError.self) {
            try ManMonthEstimator.compute(request, table: table, edition: Self.edition)
        }
        let estimated = try #require(throws: DaegaError.self) {
            try ManMonthEstimator.estimate(request, table: table, edition: Self.edition)
        }
        #expect(computed.code == .monthlyWageMissing)
        #expect(computed.location == .field("staffing[1].effort"))
        #expect(computed.message == estimated.message)
        #expect(computed.expected == estimated.expected)
    }

    /// The rate notes come first (제경비율, 기술료율, working days), then each line's folded name, as before the split.
    @Test func theWordedEstimateKeepsTheNotesOrder() throws {
        let table = try Repository.library.wages.book(2025)
        let request = Self.request([("IT PM", .months(ExactDecimal(2))), ("SW아키텍트", .months(ExactDecimal(1)))], overhead: 110,
                                   workingDays: ExactDecimal(19))
        let estimate = try ManMonthEstimator.compute(request, table: table, edition: Self.edition).explained()
        #expect(estimate.notes.map(\.code) == ["overhead_rate_outside_range", "technical_fee_rate_default", "working_days_ignored",
                                               "job_folded"])
        #expect(estimate.lines.map(\.writtenAs) == [nil, "SW아키텍트"])
        #expect(estimate.trace.map(\.key).prefix(3) == ["labor_line_1", "labor_line_2", "direct_labor"])
    }
}
