import DaegaEngine
import DaegaTestSupport
import Testing

/// The man-month explanation words the core's numbers and never its own: over generated staffing plans, every line
/// and total in the trace and in the estimate equals ``ManMonthCore``'s figure (seeded, so failures repeat).
@Suite struct ManMonthCorePropertyTests {
    static let edition = Repository.edition(2025)

    @Test(arguments: [2024, 2025]) func explainedNumbersEqualTheCoresFigures(wageYear: Int) throws {
        let table = try Repository.library.wages.book(wageYear)
        var generator = SeededGenerator(seed: UInt64(wageYear))
        for round in 0..<300 {
            let workingDays: ExactDecimal? = Bool.random(using: &generator) ? ExactDecimal(significand: 206, scale: 1) : nil
            let staffing = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                let quantity = ExactDecimal(significand: Int64.random(in: 1...600, using: &generator), scale: 1)
                return StaffingLine(job: table.jobs.randomElement(using: &generator)!.name,
                                    effort: workingDays == nil && table.hasMonthlyWages || Bool.random(using: &generator)
                                        ? (table.hasMonthlyWages || workingDays != nil ? .months(quantity) : .days(quantity))
                                        : .days(quantity))
            }
            let request = ManMonthRequest(
                staffing: staffing,
                overheadPercent: Bool.random(using: &generator) ? nil : ExactDecimal(Int64.random(in: 100...160, using: &generator)),
                technicalFeePercent: Bool.random(using: &generator) ? nil : ExactDecimal(Int64.random(in: 10...40, using: &generator)),
                directExpenses: Won(Int64.random(in: 0...50_000_000, using: &generator)), workingDays: workingDays)
            let estimate = try ManMonthEstimator.estimate(request, table: table, edition: Self.edition)
            let step = Self.edition.labor!.rounding.value
            let dayCount = table.workingDays?.value ?? workingDays
            var sum = ManMonthCore.LaborSum()
            var expected: [String: TraceValue] = [:]
            for (index, line) in staffing.enumerated() {
                let job = try table.job(named: line.job, field: "job").0
                let figures = try #require(try ManMonthCore.priceLine(line.effort, monthlyWage: job.monthly, dailyWage: job.daily,
                                                                      dayCount: dayCount, rounding: step))
                try sum.add(figures)
                expected["labor_line_\(index + 1)"] = .won(figures.amount)
                #expect(estimate.lines[index].amount == figures.amount && estimate.lines[index].unitWage == figures.wage)
                #expect(estimate.lines[index].pricedQuantity == figures.quantity && estimate.lines[index].manMonths == figures.manMonths)
            }
            let totals = try ManMonthCore.totals(sum, overheadPercent: estimate.overheadPercent,
                                                 technicalFeePercent: estimate.technicalFeePercent,
                                                 directExpenses: request.directExpenses, rounding: step,
                                                 vatPercent: Self.edition.vatPercent.value, vatRounding: Self.edition.vatRounding.value)
            expected["direct_labor"] = .won(totals.directLabor)
            expected["overhead"] = .won(totals.overhead)
            expected["technical_fee"] = .won(totals.technicalFee)
            expected["direct_expenses"] = .won(totals.directExpenses)
            expected["total"] = .won(totals.total)
            expected["vat"] = .won(totals.vat)
            expected["total_with_vat"] = .won(totals.totalWithVAT)
            let results = Dictionary(uniqueKeysWithValues: estimate.trace.map { ($0.key, $0.result) })
            #expect(results == expected, "round \(round)")
            #expect(estimate.trace.first { $0.key == "technical_fee" }!.inputs[0].value == .won(totals.feeBase))
            #expect(estimate.manMonths == totals.manMonths && estimate.totalWithVAT == totals.totalWithVAT)
        }
    }
}
