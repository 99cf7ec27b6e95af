import DaegaEngine
import DaegaTestSupport
import Testing

/// `ProjectEstimates.estimate` words the function-point estimate only after the man-month one succeeded; the errors
/// and the estimates stay what estimating the two one after the other gives.
@Suite struct ProjectEstimatesOrderTests {
    static let edition = Repository.edition(2025)
    static let table = try! Repository.library.wages.book(2025)
    static let scope = FunctionPointRequest(scope: .total(ExactDecimal(650)))

    static func input(_ functionPoints: FunctionPointRequest, jobs: [String]) -> ProjectEstimateInput {
        let staffing = jobs.map { StaffingLine(job: $0, effort: .months(ExactDecimal(3))) }
        return ProjectEstimateInput(edition: edition, functionPoints: functionPoints,
                                    manMonths: ManMonthCheckInput(request: ManMonthRequest(staffing: staffing), table: table,
                                                                  wageYearInForce: 2025),
                                    plannedMonths: nil, bands: nil)
    }

    /// Staffing that fails after a scope that prices: the staffing's error, at its line.
    @Test func aStaffingErrorAfterAPricedScopeIsTheStaffingsError() throws {
        let error = try #require(throws: DaegaError.self) {
            try ProjectEstimates.estimate(Self.input(Self.scope, jobs: ["IT PM", "없는 직무"]))
        }
        #expect(error.code == .unknownJob)
        #expect(error.location == .field("staffing[1].job"))
    }

    /// A scope that fails comes first, even when the staffing would fail too.
    @Test func aScopeErrorComesBeforeAStaffingError() throws {
        let error = try #require(throws: DaegaError.self) {
            try ProjectEstimates.estimate(Self.input(FunctionPointRequest(scope: .counts([.ei: -1])), jobs: ["없는 직무"]))
        }
        #expect(error.code != .unknownJob)
    }

    /// Both priced: the function-point estimate is the one `FunctionPointEstimator` gives alone, worded in full.
    @Test func theWordedEstimateIsTheEstimatorsOwn() throws {
        let estimates = try ProjectEstimates.estimate(Self.input(Self.scope, jobs: ["IT PM", "응용SW개발자"]))
        let alone = try FunctionPointEstimator.estimate(Self.scope, edition: Self.edition)
        let fp = try #require(estimates.functionPoints)
        #expect(fp.totalWithVAT == alone.totalWithVAT)
        #expect(fp.trace == alone.trace)
        #expect(fp.notes == alone.notes)
        #expect(!fp.trace.isEmpty)
    }
}
