import DaegaEngine
import DaegaTestSupport
import Testing

/// The guide's SCM example (§2.1.6): 85 FP, 2020 edition, reproduced to the won.
@Suite struct GuideExampleTests {
    static let scmFunctions: [FunctionEntry] = [
        ("고객데이터", FunctionType.ilf, Complexity.average), ("제품데이터", .ilf, .low), ("공급데이터", .eif, .low),
        ("고객데이터 추가", .ei, .high), ("고객데이터 수정", .ei, .average), ("고객데이터 삭제", .ei, .low),
        ("고객데이터 조회", .eq, .low),
        ("고객레포트 1", .eo, .low), ("고객레포트 2", .eo, .average), ("고객레포트 3", .eo, .low), ("고객레포트 4", .eo, .high),
        ("제품데이터 추가", .ei, .average), ("제품데이터 수정", .ei, .low), ("제품데이터 삭제", .ei, .low),
        ("제품데이터 조회", .eq, .average), ("제품관련 레포트", .eo, .average), ("공급자번호 조회", .eq, .low),
        ("공급자 관련 리포트", .eo, .average),
    ].map { FunctionEntry(name: $0.0, type: $0.1, measure: .complexity($0.2)) }

    static let scmRequest = FunctionPointRequest(
        scope: .functions(scmFunctions),
        factorLevels: [.integration: 2, .performance: 3, .compatibility: 1, .security: 2],
        directExpenses: Won(2_000_000))

    @Test func scmExampleUnderGuide2020() throws {
        let estimate = try FunctionPointEstimator.estimate(Self.scmRequest, edition: Repository.edition(2020))
        #expect(estimate.functionPoints == ExactDecimal(85))
        #expect(estimate.sizeFactor == ExactDecimal(significand: 128, scale: 2))
        #expect(estimate.unadjustedCost == Won(47_014_690))
        #expect(estimate.adjustedCost == Won(53_173_990))
        #expect(estimate.profit == Won(13_293_498))
        #expect(estimate.total == Won(68_467_488))
        #expect(estimate.vat == Won(6_846_749))
        #expect(estimate.totalWithVAT == Won(75_314_237))
    }
}
