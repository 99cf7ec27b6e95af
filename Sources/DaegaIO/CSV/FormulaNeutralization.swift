/// Keeps spreadsheet programs from running text as a formula (CSV injection), as OWASP recommends, including the
/// spellings that slip past a first-character check: spaces or tabs before the trigger, full-width `＝＋－＠`, a
/// pipe (`|`, LibreOffice's DDE separator) and `DDE(` payloads.
public enum FormulaNeutralization {
    /// The first characters that make Excel or LibreOffice treat a cell as a formula (all of them ASCII).
    public static let triggers = Set((UInt8(0)...0x7F).filter(startsFormula(firstByte:)).map(Unicode.Scalar.init))

    /// Whether text whose first UTF-8 byte is `byte` starts with a formula trigger: `=`, `+`, `-`, `@`, `|`, tab or CR.
    public static func startsFormula(firstByte byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "|"), UInt8(ascii: "\t"),
             UInt8(ascii: "\r"): true
        default: false
        }
    }

    /// Whether UTF-8 text starts like a formula: a trigger (see ``startsFormula(firstByte:)``), spaces before one, a
    /// full-width `＝`, `＋`, `－` or `＠`, or `DDE(` in any case.
    /// - Parameter utf8: a text cell's bytes.
    public static func startsFormula(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first else { return false }
        switch first {
        case UInt8(ascii: " "):
            let rest = utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            return rest.first.map(startsFormula(firstByte:)) == true || startsWithFullWidthTrigger(rest)
        case 0xEF:
            return startsWithFullWidthTrigger(utf8[...])
        case UInt8(ascii: "D"), UInt8(ascii: "d"):
            return utf8.count >= 4 && utf8.prefix(4).map { $0 | 0x20 } == Array("dde(".utf8)
        default:
            return startsFormula(firstByte: first)
        }
    }

    /// Whether bytes start with `＝` (EF BC 9D), `＋` (EF BC 8B), `－` (EF BC 8D) or `＠` (EF BC A0).
    private static func startsWithFullWidthTrigger(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let head = Array(bytes.prefix(3))
        return head.count == 3 && head[0] == 0xEF && head[1] == 0xBC && [0x9D, 0x8B, 0x8D, 0xA0].contains(head[2])
    }

    /// The text with a `'` in front when it starts like a formula, otherwise unchanged.
    /// - Parameter text: a text cell's content.
    /// - Returns: `'=SUM(A1)` for `=SUM(A1)`, `'-5` for the text `-5`, `' =1` for ` =1`, `사업명` for `사업명`.
    public static func neutralized(_ text: String) -> String {
        text.withUTF8Buffer(startsFormula) ? "'" + text : text
    }
}
