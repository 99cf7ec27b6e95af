import DaegaEngine
import Testing

/// Amounts in sentences: 억/만 in Korean and bn/m in English, exact whatever the amount.
@Suite struct WonUnitsTests {
    @Test(arguments: [
        (Int64(2_000_000_000), "20억원", "₩2bn"), (300_000_000, "3억원", "₩300m"), (50_000_000, "5,000만원", "₩50m"),
        (250_000_000, "2억 5,000만원", "₩250m"), (800_000_000_000, "8,000억원", "₩800bn"), (10_000, "1만원", "₩10,000"),
        (1_234_567, "1,234,567원", "₩1,234,567"), (0, "0원", "₩0"), (-300_000_000, "-3억원", "-₩300m"),
        (2_500_000_000, "25억원", "₩2,500m"), (-1_234_567, "-1,234,567원", "-₩1,234,567"),
    ])
    func amountsReadAsOfficersWriteThem(value: Int64, korean: String, english: String) {
        #expect(Won(value).koreanUnits == korean)
        #expect(Won(value).englishUnits == english)
    }
}
