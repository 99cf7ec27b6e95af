import DaegaEngine
import DaegaReports
import DaegaTestSupport
import Foundation
import Testing

@Suite struct MemoEscapingTests {
    static let hostile = #"<script>alert("x")</script> & 'q' | a|b *b* [l](u)"#

    @Test(arguments: [
        ("<script>", "&lt;script&gt;"), ("A & B", "A &amp; B"), (#""q" 'q'"#, "&quot;q&quot; &#39;q&#39;"), ("평문", "평문"),
    ])
    func htmlEscapesMarkupCharacters(input: String, expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test(arguments: [
        ("a|b", #"a\|b"#), ("<b>&", "&lt;b&gt;&amp;"), ("*x* _y_", #"\*x\* \_y\_"#), ("# 제목", ##"\# 제목"##),
        ("a-b", "a-b"), ("줄\n바꿈", "줄 바꿈"), ("[l](u)", #"\[l\](u)"#),
    ])
    func markdownEscapesTableBreakingCharacters(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    /// Every control character and bidirectional formatting character shows as a visible escape in both formats,
    /// so none can hide or reorder the text around it; tab and line breaks stay whitespace.
    @Test(arguments: [
        ("\u{1B}[31m", "\\u{1B}[31m"), ("\u{07}", "\\u{7}"), ("\u{0}", "\\u{0}"), ("\u{1B}]8;;http://x\u{1B}\\", "\\u{1B}]8;;http://x\\u{1B}\\"),
        ("\u{9B}", "\\u{9B}"), ("\u{7F}", "\\u{7F}"), ("\u{202E}", "\\u{202E}"), ("\u{202A}", "\\u{202A}"), ("\u{2066}", "\\u{2066}"),
        ("\u{2069}", "\\u{2069}"), ("\u{200F}", "\\u{200F}"), ("\u{08}", "\\u{8}"), ("\u{0C}", "\\u{C}"),
    ])
    func controlCharactersShowAsVisibleEscapes(control: String, shown: String) {
        #expect(HTMLEscaping.escape("a\(control)b") == "a\(shown)b")
        let markdownShown = shown.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "[", with: "\\[")
            .replacingOccurrences(of: "]", with: "\\]")
        #expect(MarkdownEscaping.escape("a\(control)b") == "a\(markdownShown)b")
        #expect(HTMLEscaping.escape("a\tb\nc") == "a\tb\nc")
        #expect(MarkdownEscaping.escape("a\tb\nc") == "a\tb c")
    }

    /// User text that would open a list, heading or rule after leading blanks, or an ordered list, renders as text.
    @Test(arguments: [
        ("  # 제목", ##"  \# 제목"##), ("1. 첫째", #"1\. 첫째"#), ("12) 둘째", #"12\) 둘째"#), ("2025", "2025"), ("3.5", "3.5"),
        ("2025. 8. 11.", #"2025\. 8. 11."#), (" - 항목", #" \- 항목"#), ("1234567890. x", "1234567890. x"),
    ])
    func lineStartMarkdownIsNeutralised(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    /// A project whose name, agency and function names carry markup renders them literally in both formats.
    @Test func userTextRendersLiterallyAndSafely() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-memo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csvName = Self.hostile.replacingOccurrences(of: "\"", with: "\"\"")
        try "name,type,complexity\n\"\(csvName)\",ILF,average\n\"x<y&z\",EI,low\n"
            .write(toFile: folder + "/functions.csv", atomically: true, encoding: .utf8)
        let tomlName = Self.hostile.replacingOccurrences(of: "\"", with: "\\\"")
        try """
            format_version = 1
            name = "\(tomlName)"
            agency = "A&B \\"기관\\" <i>"

            [function_points]
            edition = 2025
            functions = "functions.csv"

            [budget]
            amount = 30_000_000

            [document]
            department = "<b>부서</b> | *강조*"
            author = "홍&길동"
            number = "[문서](javascript:x)"
            approval = true
            """.write(toFile: folder + "/project.toml", atomically: true, encoding: .utf8)
        let memo = try MemoFixture.memo(folder + "/project.toml", language: .ko)

        let html = MemoHTML.render(memo)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<i>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("<dd>&lt;b&gt;부서&lt;/b&gt; | *강조*</dd>") && html.contains("<dd>홍&amp;길동</dd>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; | a|b"))
        #expect(html.contains("A&amp;B &quot;기관&quot; &lt;i&gt;"))
        #expect(html.contains("<td>x&lt;y&amp;z</td>"))

        let markdown = MemoMarkdown.render(memo)
        #expect(markdown.contains(#"| &lt;b&gt;부서&lt;/b&gt; \| \*강조\* | 홍&amp;길동 |"#))
        #expect(markdown.contains(#"\[문서\](javascript:x)"#))
        #expect(!markdown.contains("<script"))
        #expect(!markdown.contains("<i>"))
        #expect(markdown.contains(#"&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'q' \| a\|b \*b\* \[l\](u)"#))
        let tables = MarkdownTables.parse(markdown)
        // The function list's table holds the hostile name (read back unescaped); its `|` must not add a column, there
        // or in any other table.
        #expect(tables.contains { $0.rows.contains { $0.contains { $0.contains("a|b") } } })
        for table in tables {
            for row in table.rows { #expect(row.count == table.header.count, "\(row)") }
        }
    }
}
