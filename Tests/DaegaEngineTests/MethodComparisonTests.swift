import DaegaEngine
import DaegaTestSupport
import Testing

@Suite struct MethodComparisonTests {
    static let bands = try! Repository.library.durations.book(2020)

    static func compare(work: WorkKind?, plannedMonths: ExactDecimal?) throws -> MethodComparison {
        let edition = Repository.edition(2025)
        let fp = try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(ExactDecimal(190))), edition: edition)
        let mm = try ManMonthEstimator.estimate(
            ManMonthRequest(staffing: ManMonthExampleTests.staffing, overheadPercent: ExactDecimal(144),
                            technicalFeePercent: ExactDecimal(20)),
            table: try Repository.library.wages.book(2025), edition: edition)
        return try MethodComparer.compare(fp, mm, bands: bands, work: work, plannedMonths: plannedMonths)
    }

    /// 190 FP (2025 edition: 184,158,336원) against §5.3's plan at 144/20 (283,638,256원, 13 M/M) over 5 months.
    @Test func arithmetic() throws {
        let comparison = try Self.compare(work: .development, plannedMonths: ExactDecimal(5))
        #expect(comparison.functionPoints.total == Won(184_158_336))
        #expect(comparison.difference == Won(99_479_920))
        #expect(comparison.differenceWithVAT == Won(109_427_912))            // 312,002,081 − 202,574,169
        #expect(comparison.differencePercent == ExactDecimal(significand: 540, scale: 1))
        #expect(comparison.impliedProductivity == ExactDecimal(significand: 1462, scale: 2))   // 190 ÷ 13 = 14.615…
        #expect(comparison.blendedMonthlyRate == Won(21_818_327))            // 283,638,256 ÷ 13 = 21,818,327.38
        #expect(comparison.manMonthsAtFunctionPointCost == ExactDecimal(significand: 844, scale: 2))  // 8.4405…
        #expect(comparison.bandProductivity.value == ExactDecimal(19))
        #expect(comparison.bandProductivity.reference.status == .uncertain)
        #expect(comparison.requiredManMonths == ExactDecimal(10))            // 190 ÷ 19
        #expect(comparison.staff == ExactDecimal(significand: 26, scale: 1)) // 13 ÷ 5
        #expect(comparison.properMonths == ExactDecimal(significand: 38, scale: 1))  // 10 ÷ 2.6 = 3.846…
    }

    @Test func explanationSaysWhichMethodTheGuideExpects() throws {
        let development = try Self.compare(work: .development, plannedMonths: nil).explanation.map(\.ko)
        #expect(development.first == "투입공수 방식이 기능점수 방식보다 99,479,920원(54%) 많습니다 (VAT 별도).")
        #expect(development.last?.contains("기능점수 방식을 기본으로") == true)
        let planning = try Self.compare(work: .planning, plannedMonths: nil).explanation.map(\.ko)
        #expect(planning.last?.contains("투입공수 방식을 씁니다") == true)
    }

    @Test func missingWorkAndDurationAreNoted() throws {
        let comparison = try Self.compare(work: nil, plannedMonths: nil)
        #expect(comparison.work == .development)
        #expect(comparison.notes.map(\.code) == ["work_assumed", "duration_unknown"])
        #expect(comparison.properMonths == nil)
    }

    @Test func nonPositiveDurationIsAnError() throws {
        let error = try #require(throws: DaegaError.self) { try Self.compare(work: nil, plannedMonths: .zero) }
        #expect(error.location == .field("duration_months"))
    }

    @Test(arguments: [(Int64(999), Int64(19)), (1000, 22), (1999, 22), (2000, 24), (2999, 24), (3000, 22), (50_000, 22)])
    func productivityBands(functionPoints: Int64, perManMonth: Int64) {
        #expect(Self.bands.productivity(for: ExactDecimal(functionPoints)) == ExactDecimal(perManMonth))
    }
}
