/// The subcommand a mistyped one most likely meant: `chek` → `check`, `memmo` → `memo`.
enum SubcommandSuggestion {
    /// The known subcommand nearest to `typed` (at most two edits away, or one it starts), if any.
    static func nearest(to typed: String, among names: [String]) -> String? {
        let lowered = typed.lowercased()
        if let prefixed = names.first(where: { $0.hasPrefix(lowered) && lowered.count >= 2 }) { return prefixed }
        let scored = names.map { (name: $0, distance: editDistance(lowered, $0)) }.filter { $0.distance <= 2 && $0.distance < $0.name.count }
        return scored.min { $0.distance < $1.distance }?.name
    }

    /// The number of single-character insertions, deletions, substitutions and adjacent swaps between two words.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
