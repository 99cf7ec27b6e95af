import DaegaEngine
import DaegaIO
import Testing

@Suite struct ValueTextTests {
    @Test(arguments: [("2000000", Int64(2_000_000)), ("2,000,000", 2_000_000), ("2,000,000원", 2_000_000), (" 15 ", 15), ("-5", -5), ("0", 0)])
    func amounts(text: String, value: Int64) throws {
        #expect(try ValueText.won(text, at: .flag("--x")) == Won(value))
    }

    /// Amounts as Excel users type them, each value worked out by hand from the Korean units (억 = 10^8, 천만 = 10^7).
    @Test(arguments: [
        ("￦400,000,000", Int64(400_000_000)), ("₩400,000,000", 400_000_000), ("\\400,000,000", 400_000_000),
        ("400,000,000원", 400_000_000), ("400,000,000 원", 400_000_000), ("4억", 400_000_000), ("4억원", 400_000_000),
        ("1.5억원", 150_000_000), ("3천만원", 30_000_000), ("1억 5천만원", 150_000_000), ("2억5000만", 250_000_000),
        ("１２０,０００", 120_000), ("４억", 400_000_000), ("￦ 1,000", 1_000), ("-3천만", -30_000_000),
        ("1,000.0", 1_000), ("1.23456789억", 123_456_789), ("5천", 5_000), ("999,999,999,999,999,999", 999_999_999_999_999_999),
    ])
    func spreadsheetAmounts(text: String, value: Int64) throws {
        #expect(try ValueText.won(text, at: .flag("--x")) == Won(value))
    }

    /// Ambiguous or partial amounts are refused, never guessed: `0,500` could be a half or five hundred.
    @Test(arguments: [
        ("0,500", ErrorCode.notANumber), ("1,2345", .notANumber), ("1.234.567", .notANumber), ("5천 1억", .notANumber),
        ("0.5원", .notANumber), ("1.234567891억", .notANumber), ("1억 원 2", .notANumber), ("￦", .notANumber),
        ("1000억억", .notANumber), ("1000000000000억", .amountOverflow), ("4 억 x", .notANumber), ("1,00억", .notANumber),
    ])
    func ambiguousAmountsAreRefused(text: String, code: ErrorCode) {
        do {
            let value = try ValueText.won(text, at: .flag("--x"))
            Issue.record("'\(text)' was read as \(value)")
        } catch let error as DaegaError {
            #expect(error.code == code && error.location == .flag("--x"))
        } catch { Issue.record("\(error)") }
    }

    @Test(arguments: [("144%", "144"), ("１４４％", "144"), ("20.5 %", "20.5"), ("1,440%", "1440")])
    func percentCellsTakeTheirSign(text: String, value: String) throws {
        #expect(try ValueText.decimal(text, at: .flag("--x"), suffixes: ["%"]) == ExactDecimal(parsing: value))
    }

    /// A function-point count is never read from an amount: `원`, `억` and `￦` are refused where FP are expected.
    @Test(arguments: ["1,000원", "4억", "￦100", "0,500", "100%"])
    func amountsAreNotCounts(text: String) {
        #expect(throws: DaegaError.self) { try ValueText.decimal(text, at: .flag("--fp")) }
    }

    @Test func fullWidthDigitsAreCountsAndMonths() throws {
        #expect(try ValueText.integer("１８", at: .flag("--x"), in: 0...100, what: "ILF") == 18)
        #expect(try ValueText.months("８개월", at: .flag("--x")) == ExactDecimal(8))
        #expect(try ValueText.decimal("１,２５０.５", at: .flag("--x")) == ExactDecimal(parsing: "1250.5"))
    }

    @Test(arguments: ["", "1,00", "12,3456", "1.5", "abc", ",100", "1 000", "9223372036854775808", "원"])
    func badAmounts(text: String) {
        do {
            _ = try ValueText.won(text, at: .flag("--direct-expenses"))
            Issue.record("expected an error for \(text)")
        } catch let error as DaegaError {
            #expect(error.location == .flag("--direct-expenses"))
            #expect([.notANumber, .amountOverflow].contains(error.code))
        } catch { Issue.record("\(error)") }
    }

    @Test func decimalsAndIntegers() throws {
        #expect(try ValueText.decimal("12.5", at: .flag("--x")) == ExactDecimal(parsing: "12.5"))
        #expect(try ValueText.decimal("1,234.5", at: .flag("--x")) == ExactDecimal(parsing: "1234.5"))
        #expect(throws: DaegaError.self) { try ValueText.decimal("12%", at: .flag("--x")) }
        #expect(try ValueText.integer("3", at: .flag("--x"), in: 1...5, what: "등급") == 3)
        #expect(try ValueText.integer("3.0", at: .flag("--x"), in: 1...5, what: "등급") == 3)
        #expect(throws: DaegaError.self) { try ValueText.integer("3.5", at: .flag("--x"), in: 1...5, what: "등급") }
        #expect(throws: DaegaError.self) { try ValueText.integer("6", at: .flag("--x"), in: 1...5, what: "등급") }
        #expect(throws: DaegaError.self) { try ValueText.integer("1e3", at: .flag("--x"), in: 1...5, what: "등급") }
    }
}

/// Inputs the `amount` and `utf16` fuzz targets found.
@Suite struct SpreadsheetFuzzRegressionTests {
    /// A digit followed by a combining mark is one character that is not a digit: refused, not a crash.
    @Test func aDigitWithACombiningMarkIsNotADigit() {
        #expect(throws: DaegaError.self) { try ValueText.won("8\u{339}", at: .flag("--x")) }
        #expect(throws: DaegaError.self) { try ValueText.decimal("1\u{301}0%", at: .flag("--x"), suffixes: ["%"]) }
    }

    /// A UTF-16 byte order mark cut between two one-byte chunks is still found.
    @Test(arguments: [1, 2, 3])
    func aByteOrderMarkAcrossChunksIsFound(chunkSize: Int) throws {
        let bytes: [UInt8] = [0xFE, 0xFF, 0x00, 0x69, 0x00, 0x64, 0x00, 0x0A]
        let reader = try CSVReader(bytes: bytes, path: "p.csv", chunkSize: chunkSize)
        #expect(reader.encoding == .utf16BigEndian)
        #expect(try reader.readAll().map(\.fields) == [["id"]])
    }
}
