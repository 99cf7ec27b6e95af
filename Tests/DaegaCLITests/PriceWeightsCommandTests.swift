import DaegaTestSupport
import Foundation
import Testing

/// `daega price-score --weights` and `--weights-case`: 80:20 names its case; other weights fail naming the flag.
@Suite struct PriceWeightsCommandTests {
    @Test func alternativeWeightsNameTheirCase() throws {
        let run = try CommandLineRun.daega(["price-score", "--bids", "95,90", "--weights", "80:20", "--weights-case", "hw", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["price_points"] as? Int == 20 && object["technical_points"] as? Int == 80)
        let bids = try #require(object["bids"] as? [[String: NSNumber]])
        #expect(bids.map { $0["price_score"]!.stringValue } == ["18.9474", "20"])
        #expect(object["weights_case"] as? String == "hw")
        #expect((object["weights_case_name"] as? String)?.contains("HW 비중이 추정가격의 50% 이상") == true)
        let text = try CommandLineRun.daega(["price-score", "--weights", "80:20", "--weights-case", "기관장"]).standardOutput
        #expect(text.contains("기술 80 : 가격 20") && text.contains("발주기관의 장이 정한 경우") && text.contains("제18조"))
    }

    @Test func defaultWeightsStayNinetyTen() throws {
        let run = try CommandLineRun.daega(["price-score", "--bids", "95,90", "--weights", "90:10", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["price_points"] as? Int == 10)
        #expect(object["weights_case"] == nil)
    }

    @Test(arguments: [
        (["--weights", "70:30"], "--weights", "80:20", Int32(65)), (["--weights", "79:21", "--weights-case", "hw"], "--weights", "90:10", 65),
        (["--weights", "80-20"], "--weights", "80:20", 65), (["--weights", "80:20"], "--weights-case", "under_100m", 64),
        (["--weights", "80:20", "--weights-case", "긴급"], "--weights-case", "agency_head", 65),
        (["--weights", "90:10", "--weights-case", "hw"], "--weights-case", "80:20", 64), (["--weights-case", "hw"], "--weights-case", "--weights", 64),
    ] as [([String], String, String, Int32)])
    func badWeightsFailCleanly(arguments: [String], flag: String, accepted: String, status: Int32) throws {
        let run = try CommandLineRun.daega(["price-score"] + arguments)
        expectCleanFailure(run, status: status, mentions: flag)
        #expect(run.standardError.contains(accepted), "\(run.standardError)")
    }
}
