extension String {
    /// The text with every character that `replacement` maps replaced by what it returns.
    /// - Parameter replacement: given a character and whether only spaces and tabs come before it (so it starts the
    ///   text's first line as Markdown reads a line), its replacement, or `nil` to keep it.
    func escapingCharacters(_ replacement: (Character, Bool) -> String?) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var atStart = true
        for character in self {
            if let replaced = replacement(character, atStart) { result += replaced } else { result.append(character) }
            atStart = atStart && (character == " " || character == "\t")
        }
        return result
    }
}

extension Character {
    /// The character as a visible `\u{…}` escape when it is a control character or a bidirectional formatting
    /// character (``ControlCharacters/isUnsafe(_:)``), or `nil` when it is shown as it is.
    var visibleControlEscape: String? {
        guard unicodeScalars.contains(where: ControlCharacters.isUnsafe) else { return nil }
        return ControlCharacters.escaped(String(self), keeping: [])
    }
}
