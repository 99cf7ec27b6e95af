/// Fits text to a terminal for callers outside this module: `TextWrapping` with a first-line prefix and the width daega's
/// listings keep to.
public enum TerminalWrap {
    /// The width daega's listings keep to.
    public static let width = 100

    /// `text` broken into lines of at most `width` columns, the first starting with `first` and the rest with
    /// `rest` (a hanging indent); a single word wider than the line is broken where it must.
    public static func lines(_ text: String, first: String, rest: String, width: Int = TerminalWrap.width) -> [String] {
        TextWrapping.lines(first + text, width: width, indent: rest)
    }

    /// The display width of `text` in a terminal.
    public static func displayWidth(_ text: String) -> Int { DisplayWidth.of(text) }
}
