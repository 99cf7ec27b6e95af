/// The Levenshtein distance between two texts, counted in characters, for "did you mean" hints.
enum EditDistance {
    /// The fewest single-character insertions, deletions and substitutions turning `a` into `b`; any distance past
    /// `limit` is reported as `limit + 1`, which lets the work stop early.
    /// - Parameters:
    ///   - a: one text.
    ///   - b: the other.
    ///   - limit: the largest distance of interest.
    /// - Returns: the distance, or `limit + 1` when it is larger than `limit`.
    static func between(_ a: String, _ b: String, atMost limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        var previous = Array(0...b.count)
        var current = previous
        for (i, character) in a.enumerated() {
            current[0] = i + 1
            var rowBest = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (character == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowBest = min(rowBest, current[j])
            }
            if rowBest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return min(previous[b.count], limit + 1)
    }
}
