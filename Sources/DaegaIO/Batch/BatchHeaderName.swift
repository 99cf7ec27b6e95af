import Foundation

/// A batch header cell as daega compares it: full-width forms folded (NFKC), letters lower-cased, spaces, `_`, `-`
/// and `.` removed, and a trailing qualifier in parentheses or brackets (`(원)`, `[%]`, `(VAT 포함)`) set apart.
///
/// `운영환경 호환성`, `운영환경_호환성` and `ＢＵＤＧＥＴ` therefore read as `운영환경호환성` and `budget`; `예산 (원)` reads as
/// `예산` with the qualifier `원`, which the column checks (``BatchColumn/accepts(qualifier:)``).
struct BatchHeaderName: Equatable {
    /// The name without qualifier, folded.
    let key: String
    /// The folded text inside a trailing `(…)` or `[…]`, when there is one.
    let qualifier: String?
    /// The header's words (split at spaces, `_`, `-`, `.`, `/` and brackets), folded, for near-miss hints.
    let words: [String]

    /// Reads a header cell.
    init(_ header: String) {
        let folded = header.precomposedStringWithCompatibilityMapping.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        var body = Substring(folded)
        var qualifier: String?
        if let last = body.last, let opening = [")": "(", "]": "["][String(last)],
           let start = body.lastIndex(of: Character(opening)), start > body.startIndex {
            qualifier = Self.fold(body[body.index(after: start)..<body.index(before: body.endIndex)])
            body = body[..<start]
        }
        key = Self.fold(body)
        self.qualifier = qualifier
        words = folded.split { Self.wordSeparators.contains($0) }.map { Self.fold($0) }.filter { !$0.isEmpty }
    }

    /// The text without the characters that only separate words.
    static func fold(_ text: some StringProtocol) -> String {
        String(text.filter { !ignored.contains($0) && !$0.isWhitespace })
    }

    private static let ignored: Set<Character> = ["_", "-", "."]
    private static let wordSeparators: Set<Character> = [" ", "\t", "_", "-", ".", "/", "(", ")", "[", "]", "·"]
}
