import DaegaTestSupport
import Foundation
import Testing

/// `--as-of` any day since 2012: `mm` and `check` use the wage table, guide edition and procurement rules in force that
/// day, and a day outside the books' coverage is a clear error naming what is covered.
@Suite struct AsOfHistoryTests {
    /// (day, staffing, direct labour = the table's daily wage × 10 days by hand, the wage table's title).
    @Test(arguments: [
        ("2012-03-01", "특급기술자=10", "3,409,730원", "2011년 적용"), ("2013-10-01", "특급기술자=10", "3,571,710원", "2013년 적용"),
        ("2014-10-01", "특급기술자=10", "3,762,620원", "2014년 적용"), ("2015-10-01", "특급기술자=10", "3,735,930원", "2015년 적용"),
        ("2016-10-01", "특급기술자=10", "3,815,020원", "2016년 적용"), ("2017-10-01", "특급기술자=10", "3,910,680원", "2017년 적용"),
        ("2018-10-01", "특급기술자=10", "4,063,420원", "2018년 적용"), ("2019-06-01", "특급기술자=10", "4,063,420원", "2018년 적용"),
        ("2020-06-01", "IT PM=10", "3,627,800원", "2020년 적용"), ("2021-06-01", "IT PM=10", "4,113,290원", "2021년 적용"),
        ("2022-01-09", "IT PM=10", "4,113,290원", "2021년 적용"), ("2022-01-10", "IT PM=10", "4,068,230원", "2022년 적용"),
        ("2023-06-01", "업무분석가=10", "5,449,720원", "2023년 적용"), ("2024-06-01", "업무분석가=10", "5,329,560원", "2024년 적용"),
        ("2025-06-01", "IT PM=10", "4,439,550원", "2025년 적용"), ("2026-06-01", "IT PM=10", "4,920,390원", "2026년 적용"),
    ])
    func manMonthsUseTheTableInForce(date: String, staffing: String, directLabour: String, table: String) throws {
        let run = try CommandLineRun.daega(["mm", "--staff-days", staffing, "--as-of", date])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("직접인건비           \(directLabour)") || run.standardOutput.contains(directLabour), "\(run.standardOutput)")
        #expect(run.standardOutput.contains(table))
    }

    /// A check runs on a day in each year, with the procurement rules of that day: before 2013 large-group firms
    /// were not barred, and until 2020-12-09 software was bought separately from 10억원 (분리발주), later 3억원.
    @Test(arguments: ["2012-06-30", "2013-10-01", "2014-10-01", "2015-10-01", "2016-10-01", "2017-10-01", "2018-10-01",
                      "2019-06-01", "2020-06-01", "2021-06-01", "2022-01-09", "2022-01-10", "2023-06-01", "2024-06-01",
                      "2025-06-01", "2026-06-01"])
    func aCheckRunsOnAnyDaySince2012(date: String) throws {
        let staffing = date < "2020-01-01" ? "특급기술자=200" : (date < "2023-01-01" || date >= "2025-01-01" ? "IT PM=200" : "업무분석가=200")
        let run = try CommandLineRun.daega(["check", "--staff-days", staffing, "--budget", "200,000,000", "--as-of", date, "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["coverage_pct"] is NSNumber)
        #expect((object["award_ratio_pct"] as? NSNumber)?.stringValue == "95.15")
    }

    /// The 2022 table applied from 2022-01-10: the same staffing costs differently on the 9th and the 10th.
    @Test func theTenthOfJanuary2022ChangesTheTable() throws {
        func cost(_ date: String) throws -> Int? {
            let run = try CommandLineRun.daega(["check", "--staff-days", "IT PM=200", "--budget", "200,000,000", "--as-of", date, "--format", "json"])
            let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any]
            return (object?["proper_cost"] as? NSNumber)?.intValue
        }
        // 200 days × 411,329 (2021) = 82,265,800 and × 406,823 (2022) = 81,364,600 direct labour.
        let before = try #require(try cost("2022-01-09")), after = try #require(try cost("2022-01-10"))
        #expect(before > after)
    }

    @Test(arguments: ["2011-12-31", "2027-01-01"])
    func aDayOutsideTheBooksIsRefused(date: String) throws {
        let run = try CommandLineRun.daega(["mm", "--staff-days", "특급기술자=10", "--as-of", date])
        expectCleanFailure(run, status: 78, mentions: "--as-of")
        #expect(run.standardError.contains("2012-01-01~2026-12-31") && run.standardError.contains("[E309]"))
    }

    @Test func aPriceScoreBeforeTheRuleIsCoveredNamesTheRule() throws {
        let run = try CommandLineRun.daega(["price-score", "--bids", "95,88", "--as-of", "2016-05-01"])
        expectCleanFailure(run, status: 78, mentions: "price_score")
        #expect(run.standardError.contains("2017-01-01~"))
    }

    /// The 2026 table has daily figures only: man-months are refused with the latest published divisor as a command.
    @Test func the2026TableSuggestsTheLatestDivisor() throws {
        let run = try CommandLineRun.daega(["mm", "--staff", "IT PM=3", "--as-of", "2026-03-01"])
        expectCleanFailure(run, status: 78, mentions: "--staff")
        #expect(run.standardError.contains("--working-days 20.6") && run.standardError.contains("daega mm --staff \"IT PM=3\" --working-days 20.6"))
        let priced = try CommandLineRun.daega(["mm", "--staff", "IT PM=3", "--as-of", "2026-03-01", "--working-days", "20.6"])
        #expect(priced.status == 0 && priced.standardOutput.contains("30,408,010원"), "\(priced.standardOutput)")
    }

    /// `check` on a 2025 staffing plan in 2026 says how to move to the 2026 table instead of leaving man-months stuck.
    @Test func checkGuidesTheMoveTo2026() throws {
        let run = try CommandLineRun.daega(["check", "--staff", "IT PM=3", "--wage-year", "2025", "--budget", "50,000,000",
                                            "--as-of", "2026-03-01", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("--wage-year 2026 --working-days 20.6"), "\(run.standardOutput)")
    }
}
