@testable import DaegaEngine
import DaegaTestSupport
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1.28", 128, 2), ("25", 25, 0), ("-0.5", -5, 1), ("0.0001", 1, 4), ("+3.10", 310, 2),
    ] as [(String, Int64, Int)])
    func parsesExactDecimals(text: String, significand: Int64, scale: Int) throws {
        let value = try #require(ExactDecimal(parsing: text))
        #expect(value.significand == significand)
        #expect(value.scale == scale)
    }

    @Test(arguments: ["", "1.", ".5", "1e3", "1,000", "abc", "1.2.3", "--1", "99999999999999999999", "0.0000000000001"])
    func rejectsMalformedDecimals(text: String) {
        #expect(ExactDecimal(parsing: text) == nil)
    }

    @Test(arguments: [("0.05", "0.05"), ("-0.5", "-0.5"), ("-12.340", "-12.340"), ("0", "0"), ("0.000", "0.000"), ("700", "700")])
    func fixedTextKeepsTheStoredDecimalsAndPadsBeforeThePoint(text: String, fixed: String) {
        #expect(ExactDecimal(parsing: text)!.fixedText == fixed)
        #expect(Self.appendedText(ExactDecimal(parsing: text)!) == fixed)
    }

    @Test func fixedTextAtTheEdgesOfTheRange() {
        for (value, text) in [(ExactDecimal(significand: .min, scale: 12), "-9223372.036854775808"),
                              (ExactDecimal(significand: .max, scale: 0), "9223372036854775807"),
                              (ExactDecimal(significand: 5, scale: 12), "0.000000000005"),
                              (ExactDecimal(significand: -1_000_000_000_000, scale: 12), "-1.000000000000")] {
            #expect(value.fixedText == text)
            #expect(Self.appendedText(value) == text)
        }
    }

    @Test func fixedTextWrittenInPlaceTakesTheCountedBytes() {
        var generator = SeededGenerator(seed: 5)
        var values = [ExactDecimal(significand: .min, scale: 12), ExactDecimal(significand: .max, scale: 3), .zero,
                      ExactDecimal(significand: 0, scale: 4), ExactDecimal(significand: -7, scale: 12)]
        for _ in 0..<2_000 {
            let digits = Int64.random(in: 0...18, using: &generator)
            let magnitude = Int64.random(in: 0...Int64((0..<digits).reduce(1) { value, _ in value * 10 }), using: &generator)
            values.append(ExactDecimal(significand: Bool.random(using: &generator) ? -magnitude : magnitude,
                                       scale: Int.random(in: 0...12, using: &generator)))
        }
        for value in values {
            let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ExactDecimal.longestFixedText) { buffer in
                String(decoding: buffer[..<value.writeFixedText(to: buffer.baseAddress!)], as: UTF8.self)
            }
            #expect(text == value.fixedText)
            #expect(value.fixedTextByteCount == text.utf8.count)
            if value.significand != .min { #expect(ExactDecimal(parsing: text) == value, "\(text)") }
        }
    }

    /// What `appendFixedText(to:)` adds after existing bytes.
    static func appendedText(_ value: ExactDecimal) -> String {
        var bytes = Array("x".utf8)
        value.appendFixedText(to: &bytes)
        return String(decoding: bytes.dropFirst(), as: UTF8.self)
    }

    @Test func decimalEqualityIgnoresTrailingZeros() {
        #expect(ExactDecimal(parsing: "1.00")! == ExactDecimal.one)
        #expect(ExactDecimal(parsing: "1.2800")!.fixedText == "1.2800")
        #expect(ExactDecimal(parsing: "1.2800")!.description == "1.28")
        #expect(ExactDecimal(parsing: "-0.5")!.grouped == "-0.5")
        #expect(ExactDecimal(parsing: "1234567.25")!.grouped == "1,234,567.25")
    }

    @Test func wonArithmeticIsChecked() throws {
        #expect(try Won(1).adding(Won(2), what: "t") == Won(3))
        #expect(throws: DaegaError.amountOverflow("합계")) { try Won(Int64.max).adding(Won(1), what: "합계") }
        #expect(throws: DaegaError.amountOverflow("곱")) {
            try Won(Int64.max / 2).multiplied(by: ExactDecimal(3), rounding: .wonHalfEven, what: "곱")
        }
        #expect(Won(68_467_488).grouped == "68,467,488")
        #expect(Won(-1_000).grouped == "-1,000")
        #expect(Won(0).grouped == "0")
    }

    /// Products on both sides of 64 bits (the machine-word path and the 128-bit one), trailing zeros stripped, and
    /// the two ways a product cannot be held: too many digits, too many decimals.
    @Test func decimalProductsAroundTheSixtyFourBitEdge() {
        func product(_ left: String, _ right: String) -> ExactDecimal? {
            ExactDecimal(parsing: left)!.multiplied(by: ExactDecimal(parsing: right)!)
        }
        #expect(product("1.28", "2.50") == ExactDecimal(significand: 32, scale: 1))
        #expect(product("1.28", "2.50")?.scale == 1)
        #expect(product("-0.5", "0.2") == ExactDecimal(significand: -1, scale: 1))
        #expect(product("4611686018427387904", "2") == nil)  // 2⁶³: one past Int64
        #expect(product("4611686018427387903", "2") == ExactDecimal(Int64.max - 1))
        // (2⁶³ − 1) × 1.0 overflows 64 bits as significands (× 10) and fits once the zero is stripped; 2⁶³ does not.
        #expect(product("9223372036854775807", "1.0") == ExactDecimal(Int64.max))
        #expect(product("4611686018427387904", "2.0") == nil)
        // 10¹⁸ × 10³ overflows 64 bits as significands; at scale 12 its twelve zeros come off, leaving 10⁹.
        #expect(product("1000000000.000000000", "1.000") == ExactDecimal(1_000_000_000))
        #expect(product("1000000000.000000000", "1.000")?.scale == 0)
        #expect(product("1000000000.000000000", "10000000000.000") == nil)  // 10¹⁹
        #expect(product("0.000001", "0.0000001") == nil)  // 13 decimals
        // Past 64 bits, four zeros come off, and the 20 decimals left are too many.
        let wideFraction = ExactDecimal(significand: 3_037_000_500, scale: 12)
        #expect(wideFraction.multiplied(by: wideFraction) == nil)
        // The most negative significand: times one it stays; negated it no longer fits.
        let mostNegative = ExactDecimal(significand: Int64.min, scale: 0)
        #expect(mostNegative.multiplied(by: ExactDecimal(1)) == mostNegative)
        #expect(mostNegative.multiplied(by: ExactDecimal(-1)) == nil)
        #expect(product("0.000001", "0.000001") == ExactDecimal(significand: 1, scale: 12))
    }

    @Test func multiplicationRoundsOnceAtTheEnd() throws {
        // 47,014,690 × 1.28 = 60,178,803.2
        #expect(try Won(47_014_690).multiplied(by: ExactDecimal(parsing: "1.28")!, rounding: .wonHalfEven, what: "t") == Won(60_178_803))
        // 68,467,488 × 10% = 6,846,748.8 truncated
        #expect(try Won(68_467_488).multiplied(by: [ExactDecimal(10), ExactDecimal(parsing: "0.01")!], rounding: .wonTruncate, what: "t") == Won(6_846_748))
    }

    @Test func percentOf() {
        #expect(Won(90).percent(of: Won(100)) == ExactDecimal(parsing: "90.0"))
        #expect(Won(2).percent(of: Won(3), decimals: 2) == ExactDecimal(parsing: "66.67"))
        #expect(Won(1).percent(of: .zero) == nil)
    }

    @Test func calendarDates() {
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        #expect(CalendarDate(parsing: "2023-02-29") == nil)
        #expect(CalendarDate(parsing: "2025-13-01") == nil)
        #expect(CalendarDate(parsing: "2025-1-01") == nil)
        #expect(CalendarDate(year: 2025, month: 8, day: 11)!.description == "2025-08-11")
        #expect(CalendarDate(year: 2024, month: 5, day: 13)! < CalendarDate(year: 2025, month: 8, day: 11)!)
    }
}

@Suite struct WonTotalTests {
    @Test func sumsPastSixtyFourBitsAndGroups() {
        var total = WonTotal.zero
        for _ in 0..<3 { total.add(Won(Int64.max)) }
        #expect(total.value == 3 * Int128(Int64.max))
        #expect(total.grouped == "27,670,116,110,564,327,421")
        #expect(WonTotal(Won(-1_234_567)).grouped == "-1,234,567")
    }

    /// 2×Int64.max of 3×Int64.max is 66.666…%, 66.7 at one place; a percentage past what ExactDecimal holds is nil.
    @Test func percentOfTotals() {
        var part = WonTotal.zero, whole = WonTotal.zero
        for _ in 0..<2 { part.add(Won(Int64.max)) }
        for _ in 0..<3 { whole.add(Won(Int64.max)) }
        #expect(part.percent(of: whole) == ExactDecimal(parsing: "66.7"))
        #expect(part.percent(of: WonTotal(Won(1))) == nil)
        #expect(part.percent(of: .zero) == nil)
        #expect(Won(1).percent(of: Won(3)) == ExactDecimal(parsing: "33.3"))
    }
}
