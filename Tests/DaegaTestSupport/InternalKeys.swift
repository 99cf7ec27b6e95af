import Foundation

/// Finds what must never reach a reader: research-note source numbers (`[C1]`, `[S24]`), the reference file
/// `kosa-rules.md`, rate-book keys (`fp.unit_price`, `jobs.IT PM`, `procurement-2025:award_ratio`) and paths of
/// this repository's rate books.
public enum InternalKeys {
    /// Each pattern and what it catches.
    public static let patterns: [(pattern: String, what: String)] = [
        (#"\[[CS][0-9]"#, "a research-note source number such as [C1] or [S24]"),
        ("kosa-rules", "the reference file kosa-rules.md"),
        (#"(?<![A-Za-z0-9_])(fp|labor|jobs|maintenance|vat_rounding|contract_change)\.[A-Za-z_가-힣]"#, "a dotted rate-book key such as fp.unit_price"),
        (#"(?<![A-Za-z0-9_])(guide|wages|procurement|duration|user|input)-?[0-9]*:[a-z_]"#, "a book:key reference such as guide-2025:vat"),
        (#"rates/(guide|wages|procurement|duration)"#, "a path of this repository's rate books"),
    ]

    /// A rate book's name in the rates folder (`guide-2020`, `wages-2025`): JSON carries it as the `book` field for
    /// scripts, but text meant for a reader names the book by its official title.
    public static let bookName = #"(?<![A-Za-z0-9_/.-])(guide|wages|procurement|duration|sizing)-[0-9]{4}(?![0-9])"#

    /// Every rate book's name in `text`.
    public static func bookNames(in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: bookName)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
    }

    /// Every match in `text`, each as `what: "…the match in context…"`.
    public static func found(in text: String) -> [String] {
        patterns.flatMap { pattern, what -> [String] in
            let expression = try! NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            return expression.matches(in: text, range: range).map { match in
                let matched = Range(match.range, in: text)!
                let start = text.index(matched.lowerBound, offsetBy: -30, limitedBy: text.startIndex) ?? text.startIndex
                let end = text.index(matched.upperBound, offsetBy: 30, limitedBy: text.endIndex) ?? text.endIndex
                return "\(what): \"\(text[start..<end])\""
            }
        }
    }
}
