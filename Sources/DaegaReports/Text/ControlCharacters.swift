/// Keeps control characters that came from input (ESC and OSC sequences, BEL, NUL, C1 controls, bidirectional
/// overrides) from reaching a terminal or a document raw: each is written as a visible `\u{…}` escape instead.
///
/// Used for text output and error messages; the memo's HTML and Markdown renderers can call ``escaped(_:keeping:)``
/// the same way before their own escaping.
public enum ControlCharacters {
    /// Whether `scalar` is a control character (C0 but for the ones in `keeping`, DEL, C1) or a bidirectional
    /// formatting character (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), which can make text read as other text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The text with every unsafe scalar (see ``isUnsafe(_:)``) not in `keeping` written as `\u{1B}`-style escapes.
    /// - Parameters:
    ///   - text: text that may hold input.
    ///   - keeping: control characters that are layout here (line feed by default; add tab for tables).
    /// - Returns: the text itself when nothing needs escaping.
    public static func escaped(_ text: String, keeping: Set<Unicode.Scalar> = ["\n"]) -> String {
        // Most text holds no byte below 0x20 but line feeds, no DEL, no C2 (C1's lead) and no E2 (bidi's lead).
        let needsWork = text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) && !keeping.contains(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
