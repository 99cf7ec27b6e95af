import DaegaEngine
import DaegaIO
import Testing

/// A well-formed input and the records it must give, line numbers included.
struct CSVReadCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let records: [CSVRecord]
    var testDescription: String { name }

    init(_ name: String, _ input: String, _ records: [([String], Int)]) {
        self.name = name
        self.input = input
        self.records = records.map { CSVRecord(fields: $0.0, line: $0.1) }
    }
}

/// Chunk sizes that put every byte, CR/LF pair, quote pair and Hangul character across a boundary somewhere.
let chunkSizes = [1, 2, 3, 7, 64 * 1024]

let wellFormedCases: [CSVReadCase] = [
    CSVReadCase("LF", "a,b,c\n1,2,3\n", [(["a", "b", "c"], 1), (["1", "2", "3"], 2)]),
    CSVReadCase("CRLF", "a,b\r\nc,d\r\n", [(["a", "b"], 1), (["c", "d"], 2)]),
    CSVReadCase("CR only", "a,b\rc,d\r", [(["a", "b"], 1), (["c", "d"], 2)]),
    CSVReadCase("mixed line ends", "a\r\nb\rc\nd", [(["a"], 1), (["b"], 2), (["c"], 3), (["d"], 4)]),
    CSVReadCase("no final newline", "a,b\nc,d", [(["a", "b"], 1), (["c", "d"], 2)]),
    CSVReadCase("doubled quotes", "\"say \"\"hi\"\"\",x\n", [(["say \"hi\"", "x"], 1)]),
    CSVReadCase("only a doubled quote", "\"\"\"\"\n", [(["\""], 1)]),
    CSVReadCase("quoted comma", "\"a,b\",c", [(["a,b", "c"], 1)]),
    CSVReadCase("quoted LF", "\"line1\nline2\",x\nnext\n", [(["line1\nline2", "x"], 1), (["next"], 3)]),
    CSVReadCase("quoted CRLF kept exactly", "\"a\r\nb\"\r\nc\r\n", [(["a\r\nb"], 1), (["c"], 3)]),
    CSVReadCase("quoted CR kept exactly", "\"a\rb\",c\rd", [(["a\rb", "c"], 1), (["d"], 3)]),
    CSVReadCase("UTF-8 BOM dropped", "\u{FEFF}a,b\n", [(["a", "b"], 1)]),
    CSVReadCase("BOM only", "\u{FEFF}", []),
    CSVReadCase("empty input", "", []),
    CSVReadCase("empty middle field", "a,,c\n", [(["a", "", "c"], 1)]),
    CSVReadCase("quoted empty field", "a,\"\",c\n", [(["a", "", "c"], 1)]),
    CSVReadCase("trailing empty field at EOF", "a,b,", [(["a", "b", ""], 1)]),
    CSVReadCase("trailing empty field then CRLF", "a,b,\r\n", [(["a", "b", ""], 1)]),
    CSVReadCase("trailing quoted empty field at EOF", "a,\"\"", [(["a", ""], 1)]),
    CSVReadCase("spaces kept", " a , b ,\" c \"\n", [([" a ", " b ", " c "], 1)]),
    CSVReadCase("blank line is one empty field", "a\n\nb\n", [(["a"], 1), ([""], 2), (["b"], 3)]),
    CSVReadCase("CR CR", "a\r\rb", [(["a"], 1), ([""], 2), (["b"], 3)]),
    CSVReadCase("single newline", "\n", [([""], 1)]),
    CSVReadCase("only commas", ",,", [(["", "", ""], 1)]),
    CSVReadCase("Korean", "사업명,금액\n차세대 지방세 시스템,\"1,000\"\n",
                [(["사업명", "금액"], 1), (["차세대 지방세 시스템", "1,000"], 2)]),
    CSVReadCase("UHC-only syllables", "똠,뷁\r\n", [(["똠", "뷁"], 1)]),
    CSVReadCase("BOM character later is data", "a,\u{FEFF}b", [(["a", "\u{FEFF}b"], 1)]),
]

@Test("well-formed CSV gives exactly these records at every chunk size", arguments: wellFormedCases, chunkSizes)
func readsWellFormedCSV(_ testCase: CSVReadCase, chunkSize: Int) throws {
    let reader = try CSVReader(bytes: testCase.input.bytes, chunkSize: chunkSize)
    #expect(try reader.readAll() == testCase.records)
    #expect(reader.encoding == .utf8)
}

@Test func readerHandsOutRecordsOneByOneThenNil() throws {
    let reader = try CSVReader(bytes: "a\nb\n".bytes)
    #expect(try reader.next() == CSVRecord(fields: ["a"], line: 1))
    #expect(try reader.next() == CSVRecord(fields: ["b"], line: 2))
    #expect(try reader.next() == nil)
    #expect(try reader.next() == nil)
}
