/// Fits text to a terminal: lines broken at spaces so none is wider than the width (Hangul counts two columns).
public enum TerminalWrap {
    /// The width daega's listings keep to.
    public static let width = 100

    /// `text` broken into lines of at most `width` columns, the first starting with `first` and the rest with
    /// `rest` (a hanging indent); a single word wider than the line is broken where it must.
    public static func lines(_ text: String, first: String, rest: String, width: Int = TerminalWrap.width) -> [String] {
        var lines: [String] = []
        var current = first, currentIsEmpty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = currentIsEmpty ? current + word : current + " " + word
            if DisplayWidth.of(candidate) <= width || currentIsEmpty && DisplayWidth.of(current + word) <= width {
                current = candidate
                currentIsEmpty = false
                continue
            }
            if !currentIsEmpty { lines.append(current) }
            current = rest
            var remaining = word
            while DisplayWidth.of(current + remaining) > width {
                var piece = ""
                for character in remaining where DisplayWidth.of(current + piece + String(character)) <= width { piece.append(character) }
                if piece.isEmpty { break }
                lines.append(current + piece)
                remaining.removeFirst(piece.count)
            }
            current += remaining
            currentIsEmpty = remaining.isEmpty
        }
        if !currentIsEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The display width of `text` in a terminal.
    public static func displayWidth(_ text: String) -> Int { DisplayWidth.of(text) }
}
