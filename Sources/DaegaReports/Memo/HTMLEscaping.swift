/// Escapes text for HTML element content and quoted attribute values.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so user text renders literally.
    ///
    /// | input | output |
    /// |---|---|
    /// | `<script>` | `&lt;script&gt;` |
    /// | `A & B` | `A &amp; B` |
    /// | `"q" 'q'` | `&quot;q&quot; &#39;q&#39;` |
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
