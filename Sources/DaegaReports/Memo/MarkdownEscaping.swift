/// Escapes text for GitHub-flavoured Markdown so it renders literally, inside table cells too.
public enum MarkdownEscaping {
    /// `text` with Markdown punctuation backslash-escaped, `<`, `>` and `&` as character references (so no user
    /// text becomes raw HTML), `|` escaped (so a cell never splits) and line breaks turned into spaces.
    ///
    /// | input | output |
    /// |---|---|
    /// | `a|b` | `a\|b` |
    /// | `<script>` | `&lt;script&gt;` |
    /// | `*x* _y_` | `\*x\* \_y\_` |
    /// | `# title` (at the start) | `\# title` |
    public static func escape(_ text: String) -> String {
        text.escapingCharacters { character, atStart in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~": "\\" + String(character)
            case "\n", "\r", "\r\n": " "
            case "#", "+", "-", "=": atStart ? "\\" + String(character) : nil
            default: nil
            }
        }
    }
}
