/// Word wrapping by terminal display width (Hangul takes two columns), for reports that must fit a terminal.
enum TextWrapping {
    /// Splits `text` into lines of at most `width` display columns, breaking at spaces; a word wider than a line is
    /// broken between characters. Every line but the first starts with `indent`; leading spaces of `text` are kept,
    /// trailing spaces of a line are dropped.
    ///
    /// | text | width | indent | lines |
    /// |---|---|---|---|
    /// | `aaa bbb ccc` | 7 | `""` | `aaa bbb`, `ccc` |
    /// | `aaa bbb ccc` | 7 | `"  "` | `aaa bbb`, `  ccc` |
    /// | `abcdefghij` | 4 | `""` | `abcd`, `efgh`, `ij` |
    static func lines(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = "", lineWidth = 0, lineStart = 0, lineHasWord = false
        func finish(_ line: String) -> String {
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        func newLine() {
            lines.append(finish(line))
            line = indent
            lineWidth = DisplayWidth.of(indent)
            lineStart = lineWidth
            lineHasWord = false
        }
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if lineHasWord, !word.isEmpty, lineWidth + 1 + DisplayWidth.of(String(word)) > width { newLine() }
            if lineHasWord {
                line += " "
                lineWidth += 1
            }
            for character in word {
                let characterWidth = DisplayWidth.of(String(character))
                if lineWidth + characterWidth > width, lineWidth > lineStart { newLine() }
                line.append(character)
                lineWidth += characterWidth
            }
            lineHasWord = true
        }
        lines.append(finish(line))
        return lines
    }
}
