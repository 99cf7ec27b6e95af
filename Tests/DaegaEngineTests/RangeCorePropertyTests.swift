import DaegaEngine
import DaegaTestSupport
import Testing

/// A range prices its point and samples through the calculation cores, and must agree with the estimators: over
/// generated projects with both methods, the point is ``ProjectEstimates``' proper cost, and with nothing left to
/// vary every sample is the estimators' total and the coverage is the budget check's (seeded, so failures repeat).
@Suite struct RangeCorePropertyTests {
    static let edition = Repository.edition(2025)
    static let bands = try! Repository.library.durations.books.last!
    static let book = try! Repository.library.sizing.books.last!
    static let ratio = try! Repository.library.procurement.books.last!.rules(on: CalendarDate(year: 2026, month: 3, day: 1)!).awardRatioPercent

    /// A project with a scope and staffing; `fixed` gives every level and rate, so that nothing but the size can vary.
    static func project(_ generator: inout SeededGenerator, fixed: Bool) throws -> ProjectEstimateInput {
        let table = try Repository.library.wages.book(2025)
        let levels = fixed ? Dictionary(uniqueKeysWithValues: AdjustmentFactorKind.allCases.map { ($0, Int.random(in: 1...3, using: &generator)) })
                           : [:]
        let fp = FunctionPointRequest(scope: .total(ExactDecimal(significand: Int64.random(in: 500...30_000, using: &generator), scale: 1)),
                                      factorLevels: levels, directExpenses: Won(Int64.random(in: 0...30_000_000, using: &generator)))
        let staffing = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
            StaffingLine(job: table.jobs.randomElement(using: &generator)!.name,
                         effort: .months(ExactDecimal(significand: Int64.random(in: 1...400, using: &generator), scale: 1)))
        }
        let mm = ManMonthRequest(staffing: staffing, overheadPercent: fixed ? ExactDecimal(Int64.random(in: 110...120, using: &generator)) : nil,
                                 technicalFeePercent: fixed ? ExactDecimal(Int64.random(in: 20...40, using: &generator)) : nil,
                                 directExpenses: Won(Int64.random(in: 0...20_000_000, using: &generator)))
        return ProjectEstimateInput(edition: edition, functionPoints: fp,
                                    manMonths: ManMonthCheckInput(request: mm, table: table, wageYearInForce: 2025),
                                    plannedMonths: ExactDecimal(Int64.random(in: 3...18, using: &generator)), bands: bands)
    }

    @Test func withNothingToVaryEverySampleIsTheEstimatorsTotal() throws {
        var generator = SeededGenerator(seed: 20)
        for _ in 0..<60 {
            let input = try Self.project(&generator, fixed: true)
            let point = try ProjectEstimates.estimate(input)
            let budget = Won(Int64.random(in: 50_000_000...2_000_000_000, using: &generator))
            let range = try RangeSimulator.simulate(input, settings: RangeSettings(samples: 5), sizing: nil,
                                                    budget: .init(budgetWithVAT: budget, awardRatio: Self.ratio))
            let tier = try CoverageAssessment(budget: budget, properCost: point.properCost!, awardRatio: Self.ratio).tier
            #expect(range.pointCost == point.properCost!.totalWithVAT)
            #expect(range.functionPoints!.sorted.allSatisfy { $0 == point.functionPoints!.totalWithVAT })
            #expect(range.manMonths!.sorted.allSatisfy { $0 == point.manMonths!.totalWithVAT })
            #expect(range.coveragePermille == (tier == .adequate ? 1000 : 0))
            #expect(range.noLossPermille == (tier == .adequate || tier == .belowGuide ? 1000 : 0))
        }
    }

    /// With levels, rates and the size varying, the point is still the estimators' proper cost, and every man-month
    /// sample is the estimator's total for some staffing at the drawn rates (bounded by the edition's rate range).
    @Test func theVariedRangeKeepsTheEstimatorsPoint() throws {
        var generator = SeededGenerator(seed: 21)
        for _ in 0..<30 {
            let input = try Self.project(&generator, fixed: false)
            let range = try RangeSimulator.simulate(input, settings: RangeSettings(stage: .tender, samples: 40, seed: 5), sizing: Self.book)
            #expect(range.pointCost == (try ProjectEstimates.estimate(input)).properCost!.totalWithVAT)
            #expect(range.properCost.sorted == range.functionPoints!.sorted)
            #expect(range.manMonths!.sorted.count == 40)
        }
    }

    /// A sampled effort that rounds to nothing fails as the man-month estimator fails for that effort.
    @Test func aSampledEffortRoundedToNothingFailsAsTheEstimatorDoes() throws {
        let table = try Repository.library.wages.book(2025)
        let request = ManMonthRequest(staffing: [StaffingLine(job: "IT PM", effort: .months(ExactDecimal(4))),
                                                 StaffingLine(job: "응용SW개발자", effort: .months(ExactDecimal(significand: 1, scale: 3)))])
        let input = ProjectEstimateInput(edition: Self.edition, functionPoints: nil,
                                         manMonths: ManMonthCheckInput(request: request, table: table, wageYearInForce: 2025),
                                         plannedMonths: nil, bands: Self.bands)
        var zeroed = request
        zeroed.staffing[1].effort = .months(ExactDecimal(significand: 0, scale: 2))
        let expected = #expect(throws: DaegaError.self) { try ManMonthEstimator.estimate(zeroed, table: table, edition: Self.edition) }
        let error = #expect(throws: DaegaError.self) {
            try RangeSimulator.simulate(input, settings: RangeSettings(stage: .budget, samples: 3), sizing: Self.book)
        }
        #expect(error?.code == .nonPositiveEffort && error?.location == .field("staffing[1].effort"))
        #expect(error?.description == expected?.description)
    }
}
