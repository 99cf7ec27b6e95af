import DaegaEngine
import DaegaIO
import Testing

@Suite struct ValueTextTests {
    @Test(arguments: [("2000000", Int64(2_000_000)), ("2,000,000", 2_000_000), ("2,000,000원", 2_000_000), (" 15 ", 15), ("-5", -5), ("0", 0)])
    func amounts(text: String, value: Int64) throws {
        #expect(try ValueText.won(text, at: .flag("--x")) == Won(value))
    }

    @Test(arguments: ["", "1,00", "12,3456", "1.5", "1,000.0", "abc", ",100", "1 000", "9223372036854775808", "원"])
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
