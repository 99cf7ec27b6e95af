import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Testing

/// The 80:20 weights and their case figures come from the procurement book: a book with other figures changes the
/// weights and the case lines, and a book whose points do not add to 100 is refused at its line.
@Suite struct PriceWeightsBookTests {
    @Test func theWeightsAndCaseFiguresComeFromTheBook() throws {
        let rules = try ProcurementBookTests().book(replacing: [
            ("technical_points = 80\nprice_points = 20\nhardware_share_percent = 50\ndevelopment_under_won = 100_000_000",
             "technical_points = 85\nprice_points = 15\nhardware_share_percent = 60\ndevelopment_under_won = 200_000_000"),
        ])
        let weights = try #require(rules.alternativePriceWeights?.value)
        #expect(weights.text == "85:15")
        #expect(PriceWeightCase.hardware.name(weights).ko.contains("60% 이상"))
        #expect(PriceWeightCase.smallDevelopment.name(weights).ko.contains("200,000,000원 미만"))
    }

    @Test func pointsThatDoNotAddToAHundredAreRefused() throws {
        let error = try #require(throws: DaegaError.self) {
            try ProcurementBookTests().book(replacing: [("technical_points = 80\nprice_points = 20", "technical_points = 80\nprice_points = 25")])
        }
        #expect(error.code == .rateBookBadValue)
        #expect(error.location?.description.hasPrefix("procurement.toml:") == true)
    }
}
