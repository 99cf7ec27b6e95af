/// Keeps spreadsheet programs from running text as a formula (CSV injection), as OWASP recommends.
public enum FormulaNeutralization {
    /// The first characters that make Excel or LibreOffice treat a cell as a formula (all of them ASCII).
    public static let triggers = Set((UInt8(0)...0x7F).filter(startsFormula(firstByte:)).map(Unicode.Scalar.init))

    /// Whether text whose first UTF-8 byte is `byte` starts with a formula trigger: `=`, `+`, `-`, `@`, tab or CR.
    public static func startsFormula(firstByte byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"), UInt8(ascii: "\r"): true
        default: false
        }
    }

    /// The text with a `'` in front when it starts with a formula trigger, otherwise unchanged.
    /// - Parameter text: a text cell's content.
    /// - Returns: `'=SUM(A1)` for `=SUM(A1)`, `'-5` for the text `-5`, `사업명` for `사업명`.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.utf8.first, startsFormula(firstByte: first) else { return text }
        return "'" + text
    }
}
