import DaegaReports
import Testing

/// Listings fit 100 columns, with Hangul counted as two.
@Suite struct TerminalWrapTests {
    @Test(arguments: [
        ("짧은 문장", 20, ["  짧은 문장"]),
        ("가나다 라마바 사아자", 12, ["  가나다", "    라마바", "    사아자"]),
        ("abc defgh ij", 8, ["  abc", "    defg", "    h ij"]),
        ("", 10, [""]),
    ])
    func wrapsAtSpaces(text: String, width: Int, lines: [String]) {
        #expect(TerminalWrap.lines(text, first: "  ", rest: "    ", width: width) == lines)
    }

    @Test func noLineIsWiderThanTheWidth() {
        let text = String(repeating: "원 단위 반올림: kosa-rules.md §5.3 투입공수 예시의 VAT 포함 금액(312,002,082원) ", count: 6)
        for line in TerminalWrap.lines(text, first: "  출처  ", rest: "        ") {
            #expect(TerminalWrap.displayWidth(line) <= 100, "\(line)")
        }
    }
}
