import DaegaEngine
import Foundation
import Testing

@Suite struct KoreaStandardTimeTests {
    @Test(arguments: [
        (0, "1970-01-01"), (53_999, "1970-01-01"), (54_000, "1970-01-02"), (-1, "1970-01-01"), (-32_401, "1969-12-31"),
        (951_750_000, "2000-02-29"), (951_836_399, "2000-02-29"), (951_836_400, "2000-03-01"),
        (1_796_569_199, "2026-12-06"), (1_796_569_200, "2026-12-07"), (4_102_412_400, "2100-01-01"),
    ] as [(Int, String)])
    func daysAtKnownInstants(seconds: Int, expected: String) throws {
        #expect(try #require(CalendarDate(koreaStandardTimeAt: seconds)).description == expected)
    }

    @Test func outsideTheSupportedYearsIsNil() {
        #expect(CalendarDate(koreaStandardTimeAt: -2_300_000_000) == nil)  // 1897
        #expect(CalendarDate(koreaStandardTimeAt: 253_402_268_400) == nil)  // 10000-01-01 in Korea
    }

    /// The same days as Foundation's calendar in the Asia/Seoul time zone, on instants every 99,991 seconds
    /// (a prime, so every hour of the day is hit) from 1989 to 2040, past the last daylight saving time of 1988.
    @Test func agreesWithTheTimeZoneDatabaseSince1989() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Seoul"))
        for seconds in stride(from: 599_583_600, to: 2_208_956_400, by: 99_991) {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            let date = try #require(CalendarDate(koreaStandardTimeAt: seconds))
            #expect([date.year, date.month, date.day] == [parts.year, parts.month, parts.day], "at \(seconds)")
        }
    }
}
