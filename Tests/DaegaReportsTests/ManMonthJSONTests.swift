import DaegaEngine
import DaegaReports
import DaegaTestSupport
import Testing

@Suite struct ManMonthJSONTests {
    @Test func carriesTheRequiredKeysAndExactAmounts() throws {
        let request = ManMonthRequest(staffing: [StaffingLine(job: "응용SW개발자", effort: .months(ExactDecimal(10))),
                                                 StaffingLine(job: "IT PM", effort: .months(ExactDecimal(3)))],
                                      overheadPercent: ExactDecimal(110))
        let estimate = try ManMonthEstimator.estimate(request, table: try Repository.library.wages.book(2025),
                                                      edition: Repository.edition(2025))
        guard case let .object(members) = ManMonthJSON.render(estimate, language: .ko) else { Issue.record("not an object"); return }
        let keys = members.map(\.0)
        for key in ["wage_year", "direct_labor", "overhead", "technical_fee", "direct_expenses", "total", "total_with_vat",
                    "trace", "rates_used", "uncertain_figures", "notes"] {
            #expect(keys.contains(key), "\(key)")
        }
        let value = { (key: String) in members.first { $0.0 == key }?.1 }
        #expect(value("direct_labor") == .won(Won(96_870_989)))
        #expect(value("total") == .won(Won(244_114_892)))
        #expect(value("wage_year") == .int(2025))
    }
}
