import DaegaEngine
import DaegaIO
import Testing

/// Cells that must come back unchanged from a write and a read.
struct RoundTripCase: Sendable, CustomTestStringConvertible {
    let name: String
    let cells: [String]
    var testDescription: String { name }
}

let roundTripCases: [RoundTripCase] = [
    RoundTripCase(name: "quotes", cells: ["\"", "a\"b", "\"\"", "\"start", "end\""]),
    RoundTripCase(name: "commas", cells: [",", "a,b", ",,"]),
    RoundTripCase(name: "CR", cells: ["a\rb", "\r", "b\r"]),
    RoundTripCase(name: "LF", cells: ["a\nb", "\n", "\n\n"]),
    RoundTripCase(name: "CRLF", cells: ["a\r\nb", "\r\n", "\r\n\r\n"]),
    RoundTripCase(name: "Hangul", cells: ["사업명", "똠", "뷁", "갂", "힣", "차세대 지방세, \"2단계\""]),
    RoundTripCase(name: "leading and trailing spaces", cells: [" a", "a ", " ", "  two  ", "\u{3000}전각"]),
    RoundTripCase(name: "empty strings", cells: ["", "", ""]),
    RoundTripCase(name: "one empty string", cells: [""]),
    RoundTripCase(name: "everything at once", cells: ["\" ,\r\n똠 \n뷁\r"]),
    RoundTripCase(name: "formula-looking text", cells: ["=1+1", "-5", "@x"]),
]

@Test("writing then reading gives back the same cells", arguments: roundTripCases, CSVOutputEncoding.allCases)
func roundTrips(_ testCase: RoundTripCase, encoding: CSVOutputEncoding) throws {
    let rows = [testCase.cells, ["다음 행"]]
    let bytes = try written(rows.map { $0.map(CSVCell.text) }, encoding: encoding, neutralizesFormulas: false)
    let records = try CSVReader(bytes: bytes).readAll()
    #expect(records.map(\.fields) == rows)
}

@Test func neutralisedTextReadsBackWithItsQuoteMark() throws {
    let bytes = try written([[.text("=1+1"), .number(ExactDecimal(-5))]])
    #expect(try CSVReader(bytes: bytes).readAll().map(\.fields) == [["'=1+1", "-5"]])
}

@Test func writerAndReaderAgreeOnLineNumbers() throws {
    let bytes = try written([[.text("a\nb")], [.text("c\r\nd"), .text("e\rf")], [.text("g")]])
    #expect(try CSVReader(bytes: bytes).readAll().map(\.line) == [1, 3, 6])
}
