/// Escapes text for GitHub-flavoured Markdown so it renders literally, inside table cells too.
public enum MarkdownEscaping {
    /// `text` with Markdown punctuation backslash-escaped, `<`, `>` and `&` as character references (so no user
    /// text becomes raw HTML), `|` escaped (so a cell never splits), line breaks turned into spaces and each control
    /// character or bidirectional override (see ``ControlCharacters``; tab is kept) shown as a visible `\u{…}` escape.
    ///
    /// | input | output |
    /// |---|---|
    /// | `a|b` | `a\|b` |
    /// | `<script>` | `&lt;script&gt;` |
    /// | `*x* _y_` | `\*x\* \_y\_` |
    /// | `# title` (at the start) | `\# title` |
    /// | `1. first` (at the start) | `1\. first` |
    /// | `a` ESC `b` | `a\\u{1B}b` (shown as `a\u{1B}b`) |
    public static func escape(_ text: String) -> String {
        escapingListNumber(text.escapingCharacters { character, atStart in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~": "\\" + String(character)
            case "\n", "\r", "\r\n": " "
            case "#", "+", "-", "=": atStart ? "\\" + String(character) : nil
            case "\t": nil
            default: character.visibleControlEscape.map { "\\" + $0 }
            }
        })
    }

    /// `text` with the `.` or `)` of a leading `1. ` or `1) ` escaped, which would otherwise start an ordered list.
    private static func escapingListNumber(_ text: String) -> String {
        let blanks = text.prefix { $0 == " " || $0 == "\t" }
        let digits = text.dropFirst(blanks.count).prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(blanks.count + digits.count)
        guard (1...9).contains(digits.count), let mark = rest.first, mark == "." || mark == ")",
              rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? true else { return text }
        return blanks + digits + "\\" + rest
    }
}
