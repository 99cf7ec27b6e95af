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
        text.escapingCharacters { character, _ in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }
}
