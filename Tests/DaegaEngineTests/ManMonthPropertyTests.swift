import DaegaEngine
import DaegaTestSupport
import Testing

/// Invariants of the man-month estimate over generated staffing plans (seeded, so failures repeat).
@Suite struct ManMonthPropertyTests {
    static let table = try! Repository.library.wages.book(2025)
    static let edition = Repository.edition(2025)

    static func randomRequest(_ generator: inout SeededGenerator) -> ManMonthRequest {
        let lines = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
            StaffingLine(job: table.jobs.randomElement(using: &generator)!.name,
                         effort: .months(ExactDecimal(significand: Int64.random(in: 1...600, using: &generator), scale: 1)))
        }
        return ManMonthRequest(staffing: lines, overheadPercent: ExactDecimal(Int64.random(in: 100...160, using: &generator)),
                               technicalFeePercent: ExactDecimal(Int64.random(in: 10...40, using: &generator)),
                               directExpenses: Won(Int64.random(in: 0...50_000_000, using: &generator)))
    }

    @Test func totalsAreTheSumOfTheirPartsAndVATIsTenPercentRounded() throws {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<300 {
            let estimate = try ManMonthEstimator.estimate(Self.randomRequest(&generator), table: Self.table, edition: Self.edition)
            #expect(estimate.directLabor.value == estimate.lines.reduce(0) { $0 + $1.amount.value })
            #expect(estimate.total.value == estimate.directLabor.value + estimate.overhead.value + estimate.technicalFee.value + estimate.directExpenses.value)
            #expect(estimate.vat.value == (estimate.total.value + 5) / 10)
            #expect(estimate.totalWithVAT.value == estimate.total.value + estimate.vat.value)
        }
    }

    @Test func moreEffortOrAHigherRateNeverCostsLess() throws {
        var generator = SeededGenerator(seed: 9)
        for _ in 0..<200 {
            var request = Self.randomRequest(&generator)
            let base = try ManMonthEstimator.estimate(request, table: Self.table, edition: Self.edition).total
            var more = request
            let extra = ExactDecimal(significand: Int64.random(in: 1...50, using: &generator), scale: 1)
            more.staffing[0].effort = .months(more.staffing[0].effort.quantity.adding(extra)!)
            #expect(try ManMonthEstimator.estimate(more, table: Self.table, edition: Self.edition).total > base)
            request.overheadPercent = request.overheadPercent!.adding(ExactDecimal(1))
            #expect(try ManMonthEstimator.estimate(request, table: Self.table, edition: Self.edition).total >= base)
        }
    }
}
