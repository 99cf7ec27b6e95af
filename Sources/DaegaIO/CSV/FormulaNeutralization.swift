/// Keeps spreadsheet programs from running text as a formula (CSV injection), as OWASP recommends.
public enum FormulaNeutralization {
    /// The first characters that make Excel or LibreOffice treat a cell as a formula.
    public static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    /// The same triggers as UTF-8 bytes (all ASCII), for the per-cell test.
    private static let triggerBytes: [UInt8] = triggers.map { UInt8($0.value) }

    /// The text with a `'` in front when it starts with a formula trigger, otherwise unchanged.
    /// - Parameter text: a text cell's content.
    /// - Returns: `'=SUM(A1)` for `=SUM(A1)`, `'-5` for the text `-5`, `사업명` for `사업명`.
    public static func neutralized(_ text: String) -> String {
        guard let first = text.utf8.first, triggerBytes.contains(first) else { return text }
        return "'" + text
    }
}
