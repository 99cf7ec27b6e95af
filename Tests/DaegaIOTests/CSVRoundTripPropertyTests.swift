import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Testing

/// For any text, writing cells then reading them back returns the same cells; formula-looking text comes back
/// with its neutralising apostrophe and nothing else changed.
@Suite struct CSVRoundTripPropertyTests {
    static let pieces = ["a", " ", ",", "\"", "\"\"", "\n", "\r\n", "\r", "가", "똠", "뷁", "=", "+", "-", "@", "\t", "1,000", "'", "원", "🙂"]

    static func randomCell(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    static func roundTrip(_ rows: [[String]], encoding: CSVOutputEncoding, neutralize: Bool) throws -> [[String]] {
        let sink = MemoryByteSink()
        var writer = try CSVWriter(sink: sink, encoding: encoding, neutralizesFormulas: neutralize)
        for row in rows { try writer.write(row.map { .text($0) }) }
        return try CSVReader(bytes: sink.bytes).readAll().map(\.fields)
    }

    @Test(arguments: [CSVOutputEncoding.utf8WithBOM, .utf8])
    func anyTextSurvivesWithoutNeutralisation(encoding: CSVOutputEncoding) throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let width = Int.random(in: 1...6, using: &generator)
            let rows = (0..<Int.random(in: 1...5, using: &generator)).map { _ in (0..<width).map { _ in Self.randomCell(&generator) } }
            #expect(try Self.roundTrip(rows, encoding: encoding, neutralize: false) == rows, "\(rows)")
        }
    }

    @Test func formulaLookingTextGetsOnlyTheApostrophe() throws {
        // Written out here rather than taken from the code under test: OWASP's formula starts and the pipe, also
        // after leading spaces, and their full-width forms after leading spaces.
        let starts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "|", "\t", "\r"]
        let fullWidth: Set<Unicode.Scalar> = ["＝", "＋", "－", "＠"]
        func startsLikeFormula(_ cell: String) -> Bool {
            let rest = cell.first == " " ? Substring(cell).drop { $0 == " " || $0 == "\t" } : Substring(cell)
            guard let first = rest.unicodeScalars.first else { return false }
            return starts.contains(first) || fullWidth.contains(first) || cell.lowercased().hasPrefix("dde(")
        }
        var generator = SeededGenerator(seed: 7)
        var neutralised = 0
        for _ in 0..<300 {
            let row = (0..<3).map { _ in Self.randomCell(&generator) }
            let back = try Self.roundTrip([row], encoding: .utf8WithBOM, neutralize: true)
            let expected = row.map { cell in startsLikeFormula(cell) ? "'" + cell : cell }
            #expect(back == [expected], "\(row)")
            neutralised += zip(row, expected).filter { $0 != $1 }.count
        }
        #expect(neutralised > 0, "the generated cells never started like a formula")
    }

    @Test func hangulSurvivesCP949() throws {
        var generator = SeededGenerator(seed: 3)
        let hangul = ["가", "똠", "뷁", "민원", " ", ",", "\"", "\n", "a1"]
        for _ in 0..<200 {
            let row = (0..<3).map { _ in (0..<Int.random(in: 0...5, using: &generator)).map { _ in hangul.randomElement(using: &generator)! }.joined() }
            #expect(try Self.roundTrip([row], encoding: .cp949, neutralize: false) == [row], "\(row)")
        }
    }
}
