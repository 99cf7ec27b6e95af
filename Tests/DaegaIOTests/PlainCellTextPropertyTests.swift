import DaegaEngine
@testable import DaegaIO
import Testing

/// A batch row reads plain cells in place (``PlainCellText``) and every other cell with ``ValueText``: on generated
/// spellings — separators right and wrong, white space of every width, signs, won signs, points, `원`, `%`, `개월`,
/// Korean units, full-width digits, too many digits — whatever the plain reader accepts, the general reader reads
/// to the same value (the same significand and scale); what it declines the general reader decides.
@Suite struct PlainCellTextPropertyTests {
    /// A generated cell spelling.
    static func spelling(_ random: inout SplitMix64) -> String {
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }
        let digitCount = Int(random.next() % 22)
        var digits = (0..<digitCount).map { _ in pick(["0", "1", "2", "5", "7", "9"]) }
        if chance(70), let first = digits.first, first == "0", digits.count > 1 { digits[0] = "3" }
        var whole = digits.joined()
        if chance(35) {
            // Grouped by three from the right, or a comma anywhere.
            var grouped = "", count = 0
            for digit in whole.reversed() {
                if count > 0, count % 3 == 0 { grouped.insert(",", at: grouped.startIndex) }
                grouped.insert(digit, at: grouped.startIndex)
                count += 1
            }
            whole = grouped
        } else if chance(10), !whole.isEmpty {
            let at = whole.index(whole.startIndex, offsetBy: Int(random.next() % UInt64(whole.count + 1)))
            whole.insert(",", at: at)
        }
        var number = whole
        if chance(30) { number += "." + (0..<Int(random.next() % 15)).map { _ in pick(["0", "3", "5", "8"]) }.joined() }
        if chance(5) { number = "." + number }
        if chance(5) { number = String(number.map { $0.isASCII && $0.isNumber ? Character(Unicode.Scalar(UInt32($0.asciiValue!) - 0x30 + 0xFF10)!) : $0 }) }
        // Half the spellings are plain numbers (perhaps with a `%`), the other half decorated at either end.
        guard chance(50) else { return number + pick(["", "", "%"]) }
        let edge = ["", "", "", "", " ", "\u{00A0}", "\u{3000}", "\t", "\u{2009}"]
        return pick(edge) + pick(["", "", "", "", "-", "+"]) + pick(["", "", "", "", "", "￦", "₩"]) + number
            + pick(["", "", "", "", "원", " 원", "%", "%", " %", "％", "%%", "개월", "억", "천만원", "만", "x", "."]) + pick(edge)
    }

    @Test func plainReadersReadWhatTheGeneralReadersRead() {
        var random = SplitMix64(seed: 20_261_206)
        var accepted = (integer: 0, won: 0, decimal: 0, percent: 0, staffing: 0)
        for _ in 0..<40_000 {
            let text = Self.spelling(&random)
            text.withUTF8Buffer { utf8 in
                let location = InputLocation.file(path: "p.csv", line: 2, column: 3)
                if let plain = PlainCellText.integer(utf8) {
                    accepted.integer += 1
                    #expect((try? ValueText.integer(utf8: utf8, at: location, in: Int.min...Int.max, what: "수")) == plain, "\(text)")
                }
                if let plain = PlainCellText.won(utf8) {
                    accepted.won += 1
                    #expect((try? ValueText.won(utf8: utf8, at: location)) == plain, "\(text)")
                }
                if let plain = PlainCellText.decimal(utf8) {
                    accepted.decimal += 1
                    let general = try? ValueText.decimal(utf8: utf8, at: location)
                    #expect(general?.significand == plain.significand && general?.scale == plain.scale, "\(text)")
                }
                if let plain = PlainCellText.decimal(utf8, percent: true) {
                    accepted.percent += 1
                    let general = try? ValueText.decimal(utf8: utf8, at: location, suffixes: ["%"])
                    #expect(general?.significand == plain.significand && general?.scale == plain.scale, "\(text)")
                }
            }
            let entry = ["IT PM", " 응용SW개발자 ", "", "\u{3000}데이터분석가\u{00A0}", "UI/UX디자이너", "a:b", "IT PM:2;x"].randomElement(using: &random)!
                + ":" + text
            entry.withUTF8Buffer { utf8 in
                guard let plain = StaffingEntryText.plainParts(utf8: utf8, separator: UInt8(ascii: ":")) else { return }
                accepted.staffing += 1
                let general = try? StaffingEntryText.parts(utf8: utf8, at: .field("staffing"), separator: ":")
                #expect(general.map { Array($0.job) } == Array(plain.job), "\(entry)")
                #expect(general?.quantity.significand == plain.quantity.significand && general?.quantity.scale == plain.quantity.scale, "\(entry)")
            }
        }
        // The generated spellings reach the plain readers' acceptances too, not only their refusals.
        #expect(accepted.integer > 2_000 && accepted.won > 2_000 && accepted.decimal > 2_000 && accepted.percent > 2_000 && accepted.staffing > 2_000,
                "\(accepted)")
    }

    /// A realistic portfolio's cells are all plain: none of them needs the general readers.
    @Test func theUsualCellsArePlain() {
        func bytes<Value>(_ text: String, _ read: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? { text.withUTF8Buffer(read) }
        #expect(bytes("2025") { PlainCellText.integer($0) } == 2025)
        #expect(bytes("25,000,000") { PlainCellText.won($0) } == Won(25_000_000))
        #expect(bytes("961000000") { PlainCellText.won($0) } == Won(961_000_000))
        #expect(bytes("3652.25") { PlainCellText.decimal($0) } == ExactDecimal(significand: 365_225, scale: 2))
        #expect(bytes("144%") { PlainCellText.decimal($0, percent: true) } == ExactDecimal(144))
        let entry = bytes("IT품질관리자:0.5") { StaffingEntryText.plainParts(utf8: $0, separator: UInt8(ascii: ":")) }
        #expect(entry.map { String(decoding: $0.job, as: UTF8.self) } == "IT품질관리자")
        #expect(entry?.quantity == ExactDecimal(significand: 5, scale: 1))
    }
}
