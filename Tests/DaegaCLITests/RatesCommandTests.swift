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
