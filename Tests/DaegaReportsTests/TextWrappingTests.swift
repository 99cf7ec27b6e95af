@testable import DaegaReports
import DaegaEngine
import Testing

/// Word wrapping by display width, as the table in `TextWrapping.lines`'s doc comment says.
@Suite struct TextWrappingTests {
    @Test(arguments: [
        ("aaa bbb ccc", 7, "", ["aaa bbb", "ccc"]),
        ("aaa bbb ccc", 7, "  ", ["aaa bbb", "  ccc"]),
        ("abcdefghij", 4, "", ["abcd", "efgh", "ij"]),
        ("aaa bbbbbbbbbb", 6, "  ", ["aaa", "  bbbb", "  bbbb", "  bb"]),
        ("    근거: 가나다 라마", 12, "      ", ["    근거:", "      가나다", "      라마"]),
        ("짧은 글", 100, "", ["짧은 글"]),
    ] as [(String, Int, String, [String])])
    func wrapsAtSpacesByDisplayWidth(text: String, width: Int, indent: String, lines: [String]) {
        let wrapped = TextWrapping.lines(text, width: width, indent: indent)
        #expect(wrapped == lines)
        #expect(wrapped.allSatisfy { DisplayWidth.of($0) <= width })
    }

    /// Hangul takes two columns, so ten syllables fill a line of 20 and no more.
    @Test func hangulCountsTwoColumns() {
        let wrapped = TextWrapping.lines(String(repeating: "가", count: 11), width: 20, indent: "")
        #expect(wrapped == [String(repeating: "가", count: 10), "가"])
    }

    /// A row whose remark would pass the width puts every remark of its section below its row; without a width the
    /// section is laid out as before.
    @Test func rowsPutRemarksBelowWhenOneIsTooWide() {
        let rows: [(String, String, String?)] = [("a", "1", "short"), ("b", "2", String(repeating: "x ", count: 30))]
        var limited = TextReport(title: "t", width: 30)
        limited.rows(nil, rows, width: 30)
        #expect(limited.rendered == "t\n=\n\n  a  1\n      short\n  b  2\n      x x x x x x x x x x x x\n"
                    + "      x x x x x x x x x x x x\n      x x x x x x\n")
        var unlimited = TextReport(title: "t")
        unlimited.rows(nil, rows)
        #expect(unlimited.rendered.contains("  a  1  short\n"))
    }

    /// English amounts put the minus before the currency sign.
    @Test func negativeWonInEnglish() {
        #expect(TextReport.format(.won(Won(-4_900_000)), .en) == "-₩4,900,000")
        #expect(TextReport.format(.won(Won(-4_900_000)), .ko) == "-4,900,000원")
        #expect(TextReport.format(.won(Won(4_900_000)), .en) == "₩4,900,000")
    }
}
