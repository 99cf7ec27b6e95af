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
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "|", "~": result += "\\" + String(character)
            case "\n", "\r", "\r\n": result += " "
            case "#", "+", "-", "=": result += (result.isEmpty ? "\\" : "") + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
