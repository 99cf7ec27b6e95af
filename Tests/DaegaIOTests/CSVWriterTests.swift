import DaegaEngine
import DaegaIO
import Foundation
import Testing

/// A sink whose destination always fails, like a full disk.
final class FailingSink: ByteSink {
    let path = "full.csv"
    func write(_ bytes: [UInt8]) throws(DaegaError) {
        throw DaegaError(.outputFailed, at: .file(path: path, line: nil, column: nil), "디스크 공간이 부족합니다")
    }
}

/// The bytes a writer produces for `records`.
func written(_ records: [[CSVCell]], encoding: CSVOutputEncoding = .utf8,
             neutralizesFormulas: Bool = true) throws -> [UInt8] {
    let sink = MemoryByteSink()
    var writer = try CSVWriter(sink: sink, encoding: encoding, neutralizesFormulas: neutralizesFormulas)
    for record in records { try writer.write(record) }
    return sink.bytes
}

@Test("fields are quoted only when needed and records end with CRLF", arguments: [
    ([.text("a"), .text("b")], "a,b\r\n"),
    ([.text("a,b")], "\"a,b\"\r\n"),
    ([.text("say \"hi\"")], "\"say \"\"hi\"\"\"\r\n"),
    ([.text("x\ny")], "\"x\ny\"\r\n"),
    ([.text("x\ry")], "\"x\ry\"\r\n"),
    ([.text(" lead"), .text("trail ")], "\" lead\",\"trail \"\r\n"),
    ([.text("in side")], "in side\r\n"),
    ([.text(""), .text("")], ",\r\n"),
    ([], "\r\n"),
    ([.text("사업명"), .text("똠")], "사업명,똠\r\n"),
    ([.number(ExactDecimal(-5)), .number(ExactDecimal(significand: -5, scale: 1))], "-5,-0.5\r\n"),
    ([.text("=SUM(A1)"), .text("-5"), .text("+82"), .text("@x")], "'=SUM(A1),'-5,'+82,'@x\r\n"),
    ([.text("\tx"), .text("\rx")], "'\tx,\"'\rx\"\r\n"),
    // At the edges of the bytes that need no look (0x2D…0x7E) and just outside them.
    ([.text("x-~"), .text("x,"), .text("x\u{7F}"), .text("~ "), .text("x\"")], "x-~,\"x,\",x\u{7F},\"~ \",\"x\"\"\"\r\n"),
] as [([CSVCell], String)])
func writesMinimalQuoting(_ record: [CSVCell], _ expected: String) throws {
    #expect(try written([record]) == expected.bytes)
}

@Test func utf8WithBOMIsTheDefault() throws {
    let sink = MemoryByteSink()
    var writer = try CSVWriter(sink: sink)
    try writer.write([.text("가")])
    #expect(sink.bytes == [0xEF, 0xBB, 0xBF] + "가\r\n".bytes)
    #expect(writer.encoding == .utf8WithBOM)
    #expect(writer.encoder.neutralizesFormulas)
}

@Test func formulasAreKeptWhenNeutralisationIsOff() throws {
    #expect(try written([[.text("=1+1"), .text("-5")]], neutralizesFormulas: false) == "=1+1,-5\r\n".bytes)
}

@Test("formula neutralisation prefixes only formula triggers", arguments: [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(1)", "'@SUM(1)"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("", ""), ("1-2", "1-2"), (" =1", "' =1"), ("사업", "사업"), ("'=1", "'=1"),
    (" \t+1", "' \t+1"), ("＝1+1", "'＝1+1"), ("  ＠SUM(1)", "'  ＠SUM(1)"), ("|calc", "'|calc"),
    ("DDE(\"cmd\";\"/C calc\";\"!A0\")", "'DDE(\"cmd\";\"/C calc\";\"!A0\")"), ("dde(x)", "'dde(x)"),
    ("DDEX", "DDEX"), ("Dd", "Dd"), ("   ", "   "), (" 사업", " 사업"), ("＝", "'＝"), ("＄1", "＄1"),
])
func neutralisesFormulas(_ text: String, _ expected: String) {
    #expect(FormulaNeutralization.neutralized(text) == expected)
}

@Test("a neutralised cell is quoted by what follows its ', as the prefixed text would be", arguments: [
    ("\t=1", "'\t=1"), ("\t", "\"'\t\""), ("-5 ", "\"'-5 \""), (" =1", "' =1"), (" 1", "\" 1\""), ("=A1,B1", "\"'=A1,B1\""),
    ("=\"x\"", "\"'=\"\"x\"\"\""), ("+\u{3000}", "\"'+\u{3000}\""), ("@사업", "'@사업"), ("\r", "\"'\r\""),
])
func neutralisedCellsAreQuotedByTheirContent(_ text: String, _ expected: String) throws {
    #expect(try written([[.text(text)]]) == (expected + "\r\n").bytes)
}

@Test func theTriggersAreTheSixOWASPNamesAndThePipe() {
    #expect(FormulaNeutralization.triggers == ["=", "+", "-", "@", "|", "\t", "\r"])
    #expect(!FormulaNeutralization.startsFormula(firstByte: 0xEC))  // the first byte of a Hangul syllable
}

@Test func aNeutralisedCellIsPrefixedInCP949Too() throws {
    #expect(try written([[.text("=사업"), .text("-비용 ")]], encoding: .cp949) == cp949("'=사업,\"'-비용 \"\r\n"))
}

@Test func cp949OutputIsWhatExcelWrites() throws {
    #expect(try written([[.text("똠"), .text("뷁 \"인용\"")]], encoding: .cp949)
        == cp949("똠,\"뷁 \"\"인용\"\"\"\r\n"))
}

@Test("a character CP949 cannot hold is an error at its row and field, and nothing of the row is written",
      arguments: [("웃음😀", "U+1F600는"), ("\u{FEFF}x", "U+FEFF는"), ("café", "U+E9는")])
func cp949RefusesUnencodableCharacters(_ text: String, _ named: String) throws {
    let sink = MemoryByteSink(path: "out.csv")
    var writer = try CSVWriter(sink: sink, encoding: .cp949)
    try writer.write([.text("첫\r\n행"), .text("x")])
    let error = #expect(throws: DaegaError.self) { try writer.write([.text("ok"), .text(text)]) }
    #expect(error?.code == .invalidEncoding)
    #expect(error?.location == .file(path: "out.csv", line: 3, column: 2))
    #expect(error?.message.hasPrefix("2번째 행 2번째 열: 문자 ") == true)
    #expect(error?.message.contains(named) == true, "\(error?.message ?? "")")
    #expect(error?.message.data(using: String.Encoding(rawValue: 0x8000_0422)) != nil, "the message itself can be written in CP949")
    #expect(sink.bytes == cp949("\"첫\r\n행\",x\r\n"))
}

@Test("with substitution, a character CP949 cannot hold becomes '?' after NFC composition",
      arguments: [("웃음😀", "웃음?"), ("\u{1100}\u{1161}", "가"), ("café", "caf?")])
func cp949SubstitutesWhenAsked(_ text: String, _ written: String) throws {
    let sink = MemoryByteSink(path: "out.csv")
    var writer = try CSVWriter(sink: sink, encoding: .cp949, substitutesUnencodable: true)
    try writer.write([.text(text)])
    #expect(sink.bytes == cp949(written + "\r\n"))
}

@Test func nulCannotBeWritten() throws {
    let error = #expect(throws: DaegaError.self) { _ = try written([[.text("a\u{0}b")]]) }
    #expect(error?.code == .outputFailed)
    #expect(error?.location == .file(path: "<memory>", line: 1, column: 1))
}

@Test func sinkFailuresSurface() throws {
    let error = #expect(throws: DaegaError.self) { _ = try CSVWriter(sink: FailingSink()) }
    #expect(error?.code == .outputFailed)
    var writer = try CSVWriter(sink: FailingSink(), encoding: .utf8)
    #expect(throws: DaegaError(.outputFailed, at: .file(path: "full.csv", line: nil, column: nil),
                               "디스크 공간이 부족합니다")) {
        try writer.write([.text("a")])
    }
}

@Test("leading text cells encode as the same record of cells", arguments: [
    ([], [.text("a"), .number(ExactDecimal(5))]), (["a", "=b"], []), (["", " x"], [.number(.zero), .text("c,d")]),
    (["사업\n명"], [.text("-1"), .text("")]),
] as [([String], [CSVCell])])
func textsThenCellsEncodeLikeCells(texts: [String], cells: [CSVCell]) throws {
    for encoding in [CSVOutputEncoding.utf8, .cp949] {
        let encoder = CSVRecordEncoder(encoding: encoding)
        let split = try encoder.encode(CSVRecord(fields: texts, line: 1), then: cells)
        let whole = try encoder.encode(texts.map(CSVCell.text) + cells)
        #expect(split.bytes == whole.bytes)
        #expect(split.lineBreaksInFields == whole.lineBreaksInFields)
    }
}

@Test func aBadCellIsNumberedInTheWholeRecord() {
    let afterTexts = #expect(throws: CSVRecordEncoder.CellFailure.self) {
        try CSVRecordEncoder(encoding: .utf8).encode(CSVRecord(fields: ["a", "b"], line: 1), then: [.number(.one), .text("x\u{0}")])
    }
    #expect(afterTexts?.fieldNumber == 4)
    #expect(afterTexts?.code == .outputFailed)
    let amongTexts = #expect(throws: CSVRecordEncoder.CellFailure.self) {
        try CSVRecordEncoder(encoding: .cp949).encode(CSVRecord(fields: ["a", "😀"], line: 1), then: [.text("b")])
    }
    #expect(amongTexts?.fieldNumber == 2)
    #expect(amongTexts?.code == .invalidEncoding)
}

@Test("a byte that needs a look is found at every position of a long cell", arguments: ["\u{0}", ",", "\"", "\r", "\n", " ", "+"])
func specialBytesAreFoundAnywhereInLongCells(special: String) throws {
    for length in [1, 7, 8, 9, 16, 23] {
        for position in 0..<length {
            var cell = Array(repeating: "x", count: length)
            cell[position] = special
            let text = cell.joined()
            let quoted = special != "+" && special != "\u{0}" && (special != " " || position == 0 || position == length - 1)
            let prefixed = (special == "+" || special == "\r") && position == 0
            if special == "\u{0}" {
                #expect(throws: DaegaError.self) { _ = try written([[.text(text), .text("y")]]) }
                continue
            }
            let body = (prefixed ? "'" : "") + text.replacingOccurrences(of: "\"", with: "\"\"")
            #expect(try written([[.text(text), .text("y")]]) == ((quoted ? "\"\(body)\"" : body) + ",y\r\n").bytes, "\(text.debugDescription)")
        }
    }
}
