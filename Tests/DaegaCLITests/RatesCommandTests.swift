import DaegaTestSupport
import Foundation
import Testing

@Suite struct RatesCommandTests {
    @Test func listsBooksAndMarksTheEditionInForce() throws {
        let run = try CommandLineRun.daega(["rates", "--as-of", "2024-06-01"])
        #expect(run.status == 0)
        let inForce = run.standardOutput.split(separator: "\n").first { $0.contains("기준일에 시행 중") }
        #expect(inForce?.contains("guide-2024") == true)
    }

    /// Every book is listed with the days it applied: a wage table to its own last day, an edition to the day before
    /// the next one, and the list opens with the days daega covers.
    @Test(arguments: [("wages-2011", "2011-09-01 ~ 2012-08-31"), ("wages-2018", "2018-09-01 ~ 2019-12-31"),
                      ("wages-2021", "2021-01-01 ~ 2022-01-09"), ("wages-2022", "2022-01-10 ~ 2022-12-31"),
                      ("guide-2012", "2012-01-01 ~ 2013-12-31"), ("guide-2019", "2019-06-28 ~ 2020-06-14"),
                      ("guide-2025", "2025-08-11 ~ ,"), ("procurement-2025", "2012-01-01 ~ ,"), ("sizing-2026", "2001-06-01 ~ ,")])
    func listsEveryBookWithItsDates(book: String, period: String) throws {
        let run = try CommandLineRun.daega(["rates", "--as-of", "2024-06-01"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("daega가 다루는 기준일: 2012-01-01 ~ 2026-12-31"))
        let line = try #require(run.standardOutput.split(separator: "\n").first { $0.contains(book + " ") })
        #expect(line.contains(period), "\(line)")
        let json = try CommandLineRun.daega(["rates", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let books = try #require(object["books"] as? [[String: Any]])
        #expect(books.count == 27) // 10 guide editions, 14 wage tables, 1 duration book, 1 procurement book, 1 sizing book
        #expect(books.first { $0["book"] as? String == "wages-2021" }?["effective_to"] as? String == "2022-01-09")
    }

    @Test func showsEachFigureWithItsSourceAndStatus() throws {
        let run = try CommandLineRun.daega(["rates", "guide-2025", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let figures = try #require(object["figures"] as? [[String: String]])
        let price = try #require(figures.first { $0["key"] == "fp.unit_price" })
        #expect(price["value"] == "605,784원/FP")
        #expect(price["status"] == "UNCERTAIN")
        #expect(price["source"]?.isEmpty == false)
        #expect(figures.allSatisfy { ["VERIFIED", "UNCERTAIN"].contains($0["status"] ?? "") })
    }

    @Test func unknownBookListsTheKnownOnes() throws {
        let run = try CommandLineRun.daega(["rates", "guide-1999"])
        #expect(run.status != 0)
        #expect(run.standardError.contains("guide-2025"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test func ratesFolderFromTheEnvironmentAndFromAnotherDirectory() throws {
        let elsewhere = FileManager.default.temporaryDirectory.path
        let run = try CommandLineRun.daega(["rates"], in: elsewhere, environment: ["DAEGA_RATES": Repository.rates])
        #expect(run.status == 0, "\(run.standardError)")
        let found = try CommandLineRun.daega(["rates"], in: elsewhere, environment: ["DAEGA_RATES": ""])
        #expect(found.status == 0, "the binary finds rates/ above itself: \(found.standardError)")
    }
}
