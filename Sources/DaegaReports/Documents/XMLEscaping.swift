/// Escapes text for XML element content and attribute values (SpreadsheetML, OWPML).
public enum XMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entity references, and every character XML 1.0 cannot
    /// hold (C0 controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, so a
    /// document built from user text always parses.
    ///
    /// | input | output |
    /// |---|---|
    /// | `A & <B>` | `A &amp; &lt;B&gt;` |
    /// | `"q" 'q'` | `&quot;q&quot; &apos;q&apos;` |
    /// | `a\u{1B}b` | `a\u{FFFD}b` |
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
