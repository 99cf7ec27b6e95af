import DaegaEngine
import DaegaTestSupport
import Testing

@Suite struct SizeEstimatorTests {
    static let book = Repository.library.sizing.books.last!
    static let edition = Repository.edition(2025)

    static func line(_ kind: String, _ type: FunctionType, _ line: Int, id: String = "") -> RequirementLine {
        RequirementLine(id: id, name: "기능 \(line)", kind: kind, type: type, line: line)
    }

    /// NESMA indicative, hand-computed: 12 × 35 + 3 × 15 = 465 FP; budget growth ×1.39 → 646.35 → 646.4;
    /// low 646.35 × 0.5 × (1 − 0.50) = 161.5875 → 161.6; high 646.35 × 2 × 1.5 = 1,939.05 → 1,939.1.
    @Test func indicativeCountFromDataGroupsAlone() throws {
        let estimate = try SizeEstimator.estimate(SizingRequest(scope: .counts([.internalData: 12, .externalData: 3]), stage: .budget),
                                                  book: Self.book, edition: Self.edition)
        #expect(estimate.method == .indicative)
        #expect(estimate.countedFunctionPoints == ExactDecimal(465))
        #expect(estimate.functionPoints == ValueRange(low: ExactDecimal(parsing: "161.6")!, likely: ExactDecimal(parsing: "646.4")!,
                                                      high: ExactDecimal(parsing: "1939.1")!))
        #expect(estimate.errorPercent == ExactDecimal(50))
        #expect(estimate.nextToCount.contains { $0.code == "count_transactions" })
    }

    /// Estimated count at the design stage, hand-computed: 4 × 7.5 + 10 × 4.0 + 5 × 3.9 = 89.5 FP, growth ×1.00;
    /// low 89.5 × 0.9 × 0.65 = 52.3575 → 52.4; high 89.5 × 1.1 × 1.35 = 132.9075 → 132.9. The likely cost:
    /// 89.5 × 605,784 = 54,217,668; × 1.28 = 69,398,615.04 → 69,398,615; profit 25% 17,349,653.75 → 17,349,654;
    /// total 86,748,269; VAT 8,674,826.9 → 8,674,827; with VAT 95,423,096.
    @Test func estimatedCountUsesTheGuideAverageWeights() throws {
        let request = SizingRequest(scope: .counts([.internalData: 4, .entryScreens: 10, .inquiryScreens: 5]), stage: .design)
        let estimate = try SizeEstimator.estimate(request, book: Self.book, edition: Self.edition)
        #expect(estimate.method == .estimated)
        #expect(estimate.countedFunctionPoints == ExactDecimal(parsing: "89.5"))
        #expect(estimate.functionPoints == ValueRange(low: ExactDecimal(parsing: "52.4")!, likely: ExactDecimal(parsing: "89.5")!,
                                                      high: ExactDecimal(parsing: "132.9")!))
        #expect(estimate.costs.likely.total == Won(86_748_269))
        #expect(estimate.costWithVAT.likely == Won(95_423_096))
        #expect(estimate.lines.map(\.type) == [.ilf, .ei, .eq])
    }

    /// 간이법 on a listed requirement at the tender stage: EI 4 + EQ 3.9 + EO 5.2 + ILF 7.5 + EIF 5.4 = 26 FP;
    /// ×1.21 = 31.46 → 31.5; low 31.46 × 0.67 × 0.75 = 15.80865 → 15.8; high 31.46 × 1.5 × 1.25 = 58.9875 → 59.0.
    @Test func listedRequirementsCountEachFunction() throws {
        let lines = [Self.line("등록", .ei, 2), Self.line("조회", .eq, 3), Self.line("출력", .eo, 4), Self.line("데이터", .ilf, 5),
                     Self.line("외부데이터", .eif, 6)]
        let estimate = try SizeEstimator.estimate(SizingRequest(scope: .requirements(lines), stage: .tender),
                                                  book: Self.book, edition: Self.edition)
        #expect(estimate.method == .listed)
        #expect(estimate.countedFunctionPoints == ExactDecimal(26))
        #expect(estimate.functionPoints == ValueRange(low: ExactDecimal(parsing: "15.8")!, likely: ExactDecimal(parsing: "31.5")!,
                                                      high: ExactDecimal(59)))
        #expect(estimate.lines.map(\.line) == [2, 3, 4, 5, 6])
    }

    /// The three costs are exact runs of the FP estimator on the three sizes: one calculation path.
    @Test(arguments: SizingStage.allCases)
    func costsAreEngineRunsOfTheSizes(stage: SizingStage) throws {
        let request = SizingRequest(scope: .counts([.internalData: 20, .reports: 30, .interfaces: 4]), stage: stage,
                                    costTemplate: FunctionPointRequest(scope: .total(.zero), factorLevels: [.security: 4]))
        let estimate = try SizeEstimator.estimate(request, book: Self.book, edition: Self.edition)
        let (sizes, withVAT, withoutVAT) = (estimate.functionPoints, estimate.costWithVAT, estimate.costWithoutVAT)
        for (size, cost, costWithoutVAT) in [(sizes.low, withVAT.low, withoutVAT.low), (sizes.likely, withVAT.likely, withoutVAT.likely),
                                             (sizes.high, withVAT.high, withoutVAT.high)] {
            let direct = try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(size), factorLevels: [.security: 4]),
                                                             edition: Self.edition)
            #expect(cost == direct.totalWithVAT && costWithoutVAT == direct.total)
        }
        #expect(estimate.functionPoints.low <= estimate.functionPoints.likely && estimate.functionPoints.likely <= estimate.functionPoints.high)
        #expect(estimate.costWithVAT.low <= estimate.costWithVAT.likely && estimate.costWithVAT.likely <= estimate.costWithVAT.high)
    }

    @Test(arguments: [
        ([EarlyCountKind.internalData: -1], ErrorCode.valueOutOfRange),
        ([.entryScreens: 10_001], .sizingAbsurdCount),
        ([.internalData: 0], .sizingNothingToCount),
        ([.internalData: 0, .reports: 0], .sizingNothingToCount),
    ])
    func badCountsAreRefusedAtTheirField(counts: [EarlyCountKind: Int], code: ErrorCode) {
        #expect(throws: DaegaError.self) {
            do {
                _ = try SizeEstimator.estimate(SizingRequest(scope: .counts(counts), stage: .budget), book: Self.book, edition: Self.edition)
            } catch let error as DaegaError {
                #expect(error.code == code)
                throw error
            }
        }
    }

    @Test func nextToCountPutsTheMostNarrowingStepFirst() throws {
        let estimate = try SizeEstimator.estimate(SizingRequest(scope: .counts([.internalData: 10, .entryScreens: 40]), stage: .requirements),
                                                  book: Self.book, edition: Self.edition)
        let ranked = estimate.nextToCount.filter { $0.code != "check_largest" }
        #expect(ranked.map(\.widthAfter) == ranked.map(\.widthAfter).sorted())
        let largest = try #require(estimate.nextToCount.first { $0.code == "check_largest" })
        #expect(largest.text.ko.contains("등록·수정 화면")) // 40 × 4.0 = 160 of 235 FP
        #expect(largest.text.ko.contains("68%"))
    }
}
