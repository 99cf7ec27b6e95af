/// How a CSV file separates its fields, decided from its first line: a `sep=X` line (which Excel writes and reads)
/// names the delimiter and is skipped; otherwise the most frequent of `,`, `;` and tab outside quotes in the first line
/// (a comma when there is none or on a tie), so Excel's "유니코드 텍스트" (tab) and European `;` files read as written.
struct CSVDelimiter: Equatable {
    /// The byte between fields.
    var byte: UInt8
    /// How many bytes of a `sep=` line come before the header (0 without one).
    var skippedBytes: Int

    /// The delimiters recognised, comma first so it wins ties.
    static let candidates: [UInt8] = [.comma, UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// Decides the delimiter of text whose first line is complete in `start` (or which is all of the text).
    /// - Parameter start: the first decoded UTF-8 bytes of the file.
    static func detect(in start: [UInt8]) -> CSVDelimiter {
        let lineEnd = start.firstIndex { $0 == .lineFeed || $0 == .carriageReturn } ?? start.count
        let line = start[..<lineEnd]
        if line.count == 5, line.starts(with: Array("sep=".utf8)), line.last! < 0x80 {
            var skipped = lineEnd
            if skipped < start.count, start[skipped] == .carriageReturn { skipped += 1 }
            if skipped < start.count, start[skipped] == .lineFeed { skipped += 1 }
            return CSVDelimiter(byte: line.last!, skippedBytes: skipped)
        }
        var counts = [Int](repeating: 0, count: candidates.count)
        var quoted = false
        for byte in line {
            if byte == .quotationMark { quoted.toggle() }
            if !quoted, let index = candidates.firstIndex(of: byte) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return CSVDelimiter(byte: counts[best] > 0 ? candidates[best] : .comma, skippedBytes: 0)
    }

    /// Whether `start` holds the whole first line and its line break, so that ``detect(in:)`` can decide (a CR as
    /// the last byte may still be followed by the LF of a CRLF).
    static func hasFirstLine(_ start: [UInt8]) -> Bool {
        guard let end = start.firstIndex(where: { $0 == .lineFeed || $0 == .carriageReturn }) else { return false }
        return start[end] == .lineFeed || end + 1 < start.count
    }
}
