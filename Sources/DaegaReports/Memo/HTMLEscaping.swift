/// Escapes text for HTML element content and quoted attribute values.
public enum HTMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, so user text renders literally, and
    /// each control character or bidirectional override (see ``ControlCharacters``; tab, line feed and carriage return
    /// are whitespace here and kept) shown as a visible `\u{…}` escape, so it can neither hide text nor reorder it.
    ///
    /// | input | output |
    /// |---|---|
    /// | `<script>` | `&lt;script&gt;` |
    /// | `A & B` | `A &amp; B` |
    /// | `"q" 'q'` | `&quot;q&quot; &#39;q&#39;` |
    /// | `a` U+202E `b` | `a\u{202E}b` |
    public static func escape(_ text: String) -> String {
        text.escapingCharacters { character, _ in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            case "\t", "\n", "\r", "\r\n": nil
            default: character.visibleControlEscape
            }
        }
    }
}
