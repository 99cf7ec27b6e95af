import DaegaEngine
import DaegaTestSupport
import Testing

@Suite struct RangeSimulatorTests {
    static let book = try! Repository.library.sizing.newest()!
    static let edition = Repository.edition(2025)
    static let bands = try! Repository.library.durations.newest()!

    static func input(_ request: FunctionPointRequest) -> ProjectEstimateInput {
        ProjectEstimateInput(edition: edition, functionPoints: request, manMonths: nil, plannedMonths: nil, bands: bands)
    }

    static let tenderCounts = input(FunctionPointRequest(scope: .counts([.ilf: 12, .eif: 3, .ei: 40, .eo: 20, .eq: 30])))

    @Test func theSameSeedGivesTheSameRange() throws {
        let settings = RangeSettings(stage: .tender, samples: 300, seed: 7)
        let first = try RangeSimulator.simulate(Self.tenderCounts, settings: settings, sizing: Self.book)
        let second = try RangeSimulator.simulate(Self.tenderCounts, settings: settings, sizing: Self.book)
        #expect(first.properCost == second.properCost)
        var other = settings
        other.seed = 8
        #expect(try RangeSimulator.simulate(Self.tenderCounts, settings: other, sizing: Self.book).properCost.sorted != first.properCost.sorted)
    }

    @Test(arguments: [SizingStage?.none, .budget, .tender, .requirements, .design], [1, 2, 99])
    func quantilesAreOrdered(stage: SizingStage?, seed: UInt64) throws {
        let result = try RangeSimulator.simulate(Self.tenderCounts, settings: RangeSettings(stage: stage, samples: 200, seed: seed),
                                                 sizing: Self.book)
        #expect(result.properCost.p10 <= result.properCost.p50)
        #expect(result.properCost.p50 <= result.properCost.p90)
        #expect(result.properCost.sorted.count == 200)
    }

    /// With every level given and no stage, nothing varies: every sample is the point estimate, and the output says
    /// the size was taken as exact.
    @Test func anExactSizeWithEveryLevelGivenDoesNotVary() throws {
        let request = FunctionPointRequest(scope: .total(ExactDecimal(300)),
                                           factorLevels: [.integration: 2, .performance: 3, .compatibility: 2, .security: 2])
        let result = try RangeSimulator.simulate(Self.input(request), settings: RangeSettings(samples: 50), sizing: nil)
        let point = try FunctionPointEstimator.estimate(request, edition: Self.edition).totalWithVAT
        #expect(result.properCost.p10 == point && result.properCost.p90 == point && result.pointCost == point)
        #expect(result.variations.map(\.code) == ["range_size_exact"])
    }

    /// Each sample is an exact engine run: every sampled cost is the FP estimator's total for some size and levels,
    /// so with only the size varying every cost is one of the estimator's totals for a size on the 0.1 FP grid.
    @Test func samplesAreExactEngineRuns() throws {
        let levels: [AdjustmentFactorKind: Int] = [.integration: 1, .performance: 1, .compatibility: 1, .security: 1]
        let request = FunctionPointRequest(scope: .total(ExactDecimal(100)), factorLevels: levels)
        let result = try RangeSimulator.simulate(Self.input(request), settings: RangeSettings(stage: .design, samples: 40, seed: 3),
                                                 sizing: Self.book)
        let grid = try (900...1100).map { tenths in
            try FunctionPointEstimator.estimate(FunctionPointRequest(scope: .total(ExactDecimal(significand: Int64(tenths), scale: 1)),
                                                                     factorLevels: levels), edition: Self.edition).totalWithVAT
        }
        #expect(result.properCost.sorted.allSatisfy(Set(grid).contains))
    }

    /// Property: a bigger budget never lowers the probability of covering the proper cost or of a bidder not losing.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func coverageProbabilityRisesWithTheBudget(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let ratio = try! Repository.library.procurement.newest()!.rules(on: CalendarDate(year: 2026, month: 3, day: 1)!).awardRatioPercent
        let budgets = (0..<6).map { _ in Won(Int64.random(in: 300_000_000...1_500_000_000, using: &generator)) }.sorted()
        var previous: (Int, Int) = (-1, -1)
        for budget in budgets {
            let result = try RangeSimulator.simulate(Self.tenderCounts, settings: RangeSettings(stage: .tender, samples: 200, seed: seed),
                                                     sizing: Self.book, budget: .init(budgetWithVAT: budget, awardRatio: ratio))
            let now = (result.coveragePermille!, result.noLossPermille!)
            #expect(now.0 >= previous.0 && now.1 >= previous.1, "budget \(budget)")
            #expect(now.1 >= now.0, "covering the proper cost implies no loss")
            previous = now
        }
        #expect(previous.0 > 0)
    }

    @Test(arguments: [0, -5, RangeSettings.maximumSamples + 1])
    func aBadSampleCountIsRefused(samples: Int) {
        #expect(throws: DaegaError.self) {
            do {
                _ = try RangeSimulator.simulate(Self.tenderCounts, settings: RangeSettings(samples: samples), sizing: nil)
            } catch let error as DaegaError {
                #expect(error.code == .rangeSettings && error.location == .field("samples"))
                throw error
            }
        }
    }

    /// Nearest-rank quantiles of 1…10: P10 = 1st, P50 = 5th, P90 = 9th.
    @Test func quantilesUseTheNearestRank() {
        let quantiles = CostQuantiles((1...10).reversed().map { Won(Int64($0)) })
        #expect([quantiles.p10, quantiles.p50, quantiles.p90] == [Won(1), Won(5), Won(9)])
        #expect(quantiles.permilleAtOrBelow(Won(3)) == 300)
    }
}
