import DaegaEngine
import DaegaTestSupport
import Testing

/// The comparison's trace words ``ComparisonCore``'s numbers and never its own, over generated projects (seeded).
@Suite struct ComparisonCorePropertyTests {
    static let edition = Repository.edition(2025)
    static let bands = try! Repository.library.durations.book(2020)
    static let table = try! Repository.library.wages.book(2025)

    @Test func explainedNumbersEqualTheCoresFigures() throws {
        var generator = SeededGenerator(seed: 2020)
        for round in 0..<300 {
            let fp = try FunctionPointEstimator.estimate(FunctionPointRequest(
                scope: .total(ExactDecimal(significand: Int64.random(in: 10...40_000, using: &generator), scale: 1))), edition: Self.edition)
            let staffing = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                let quantity = ExactDecimal(significand: Int64.random(in: 1...900, using: &generator), scale: 1)
                return StaffingLine(job: Self.table.jobs.randomElement(using: &generator)!.name,
                                    effort: Int.random(in: 0...4, using: &generator) == 0 ? .days(quantity) : .months(quantity))
            }
            let mm = try ManMonthEstimator.estimate(ManMonthRequest(staffing: staffing), table: Self.table, edition: Self.edition)
            let planned: ExactDecimal? = Bool.random(using: &generator) ? nil : ExactDecimal(Int64.random(in: 1...24, using: &generator))
            let comparison = try MethodComparer.compare(fp, mm, bands: Self.bands, work: nil, plannedMonths: planned)
            let figures = try ComparisonCore.compute(
                functionPoints: fp.functionPoints, fpTotal: (fp.total, fp.totalWithVAT), mmTotal: (mm.total, mm.totalWithVAT),
                planManMonths: mm.manMonths, plannedMonths: planned, bands: Self.bands)
            var expected: [String: TraceValue] = ["difference": .won(figures.difference),
                                                  "required_man_months": .number(figures.requiredManMonths)]
            if let implied = figures.impliedProductivity, let blended = figures.blendedMonthlyRate,
               let paid = figures.manMonthsAtFunctionPointCost {
                expected["implied_productivity"] = .number(implied)
                expected["blended_monthly_rate"] = .won(blended)
                expected["man_months_at_fp_cost"] = .number(paid)
            }
            if let staff = figures.staff, let proper = figures.properMonths {
                expected["staff"] = .number(staff)
                expected["proper_duration"] = .number(proper)
            }
            let results = Dictionary(uniqueKeysWithValues: comparison.trace.map { ($0.key, $0.result) })
            #expect(results == expected, "round \(round)")
            #expect(comparison.difference == figures.difference && comparison.differenceWithVAT == figures.differenceWithVAT)
            #expect(comparison.differencePercent == figures.differencePercent && comparison.staff == figures.staff)
            #expect(comparison.properMonths == figures.properMonths && comparison.bandProductivity.value == figures.bandProductivity)
        }
    }
}
