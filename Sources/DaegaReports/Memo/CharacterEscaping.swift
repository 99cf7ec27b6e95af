extension String {
    /// The text with every character that `replacement` maps replaced by what it returns.
    /// - Parameter replacement: given a character and whether it starts the text, its replacement, or `nil` to keep it.
    func escapingCharacters(_ replacement: (Character, Bool) -> String?) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if let replaced = replacement(character, result.isEmpty) { result += replaced } else { result.append(character) }
        }
        return result
    }
}
