import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// The reader passes over runs of ordinary bytes eight at a time: records of long and short fields, with the
/// delimiter, quotes, line breaks and the other delimiters at every position, read back exactly with each delimiter
/// and at chunk sizes that split them anywhere.
@Suite struct CSVReaderDelimiterPropertyTests {
    static let pieces = ["a", "0123456789", "가", "정보시스템", " ", ",", ";", "\t", "|", "\"", "\"\"", "\n", "\r\n", "\r", "=",
                         "-", "~", "\u{7F}", "'", "abcdefghijklmnopq"]

    /// A field as the file holds it: quoted when it must be or when `quoteAnyway`, quotes doubled inside.
    static func written(_ field: String, delimiter: Character, quoteAnyway: Bool) -> String {
        let needsQuotes = field.contains(delimiter) || field.contains("\"") || field.contains("\n") || field.contains("\r")
        guard needsQuotes || quoteAnyway else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// CR, LF and CRLF each end one line.
    static func lineBreaks(in text: String) -> Int {
        var count = 0, previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" || (scalar == "\n" && !previousWasCR) { count += 1 }
            previousWasCR = scalar == "\r"
        }
        return count
    }

    @Test(arguments: [",", ";", "\t", "|"] as [Character])
    func randomRecordsReadBackExactly(delimiter: Character) throws {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<150 {
            let width = Int.random(in: 1...6, using: &generator)
            let rows = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<width).map { _ in
                    (0..<Int.random(in: 0...5, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
                }
            }
            var text = "sep=\(delimiter)\r\n"
            var lines: [Int] = []
            var line = 2
            for row in rows {
                lines.append(line)
                let written = row.map { Self.written($0, delimiter: delimiter, quoteAnyway: Bool.random(using: &generator)) }
                    .joined(separator: String(delimiter))
                // After a CR, an empty line ended by LF would make a CRLF: it ends with CR too.
                let lineEnd = ["\n", "\r\n", "\r"].randomElement(using: &generator)!
                text += written + (written.isEmpty && text.hasSuffix("\r") ? "\r" : lineEnd)
                line += 1 + row.reduce(0) { $0 + Self.lineBreaks(in: $1) }
            }
            // A record of one empty field is a blank line, which reads as one empty field too.
            let expected = zip(rows, lines).map { CSVRecord(fields: $0, line: $1) }
            for chunkSize in [1, 5, 64 * 1024] {
                let records = try CSVReader(bytes: Array(text.utf8), chunkSize: chunkSize).readAll()
                #expect(records == expected, "\(text.debugDescription) in chunks of \(chunkSize)")
            }
        }
    }

    @Test func doubledQuotesAnywhereInLongFieldsComeBackSingle() throws {
        let fields = ["\"\"\"" + String(repeating: "x", count: 20) + "\"\"" + "가나다" + "\"\"\"\"\"", "plain",
                      "\"\"\"\"", "\"" + String(repeating: "\"\"", count: 9) + "y\""]
        let records = try CSVReader(bytes: Array((fields.joined(separator: ",") + "\n").utf8)).readAll()
        #expect(records.map(\.fields) == [["\"" + String(repeating: "x", count: 20) + "\"가나다\"\"", "plain", "\"",
                                           String(repeating: "\"", count: 9) + "y"]])
        #expect(records.first?.byteCount == 33 + 5 + 1 + 10)
    }
}
