import DaegaEngine
import DaegaIO
import Testing

/// A malformed input and where the reader must say it is wrong.
struct CSVErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let line: Int
    let column: Int
    let messageFragment: String
    var testDescription: String { name }
}

let syntaxErrorCases: [CSVErrorCase] = [
    CSVErrorCase(name: "unterminated quote, at the opening quote", input: "a,b\nc,\"open\nmore",
                 line: 2, column: 3, messageFragment: "따옴표가 닫히지 않은"),
    CSVErrorCase(name: "unterminated quote after CRLF lines", input: "a\r\nb\r\n\"c",
                 line: 3, column: 1, messageFragment: "따옴표가 닫히지 않은"),
    CSVErrorCase(name: "quote inside an unquoted field", input: "ab\"c\n",
                 line: 1, column: 3, messageFragment: "따옴표로 시작하지 않은 필드"),
    CSVErrorCase(name: "text after a closing quote", input: "\"ab\"c\n",
                 line: 1, column: 5, messageFragment: "닫는 따옴표 뒤에 글자 'c'"),
    CSVErrorCase(name: "space after a closing quote", input: "x,\"ab\" \n",
                 line: 1, column: 7, messageFragment: "닫는 따옴표 뒤에 글자가"),
    CSVErrorCase(name: "columns count Hangul as one character", input: "가나,\"다\"라\n",
                 line: 1, column: 7, messageFragment: "닫는 따옴표 뒤에 글자가"),
    CSVErrorCase(name: "line count includes quoted line breaks", input: "\"x\ny\",z\nw\"\n",
                 line: 3, column: 2, messageFragment: "따옴표로 시작하지 않은 필드"),
    CSVErrorCase(name: "NUL byte", input: "a,b\u{0}c",
                 line: 1, column: 4, messageFragment: "NUL 바이트"),
    CSVErrorCase(name: "NUL byte inside quotes", input: "\"a\u{0}\"",
                 line: 1, column: 3, messageFragment: "NUL 바이트"),
]

@Test("broken CSV fails at the right line and character column", arguments: syntaxErrorCases, chunkSizes)
func rejectsBrokenCSV(_ testCase: CSVErrorCase, chunkSize: Int) throws {
    let reader = try CSVReader(bytes: testCase.input.bytes, path: "in.csv", chunkSize: chunkSize)
    let error = #expect(throws: DaegaError.self) { _ = try reader.readAll() }
    #expect(error?.code == .csvSyntax)
    #expect(error?.location == .file(path: "in.csv", line: testCase.line, column: testCase.column))
    #expect(error?.message.contains(testCase.messageFragment) == true, "\(error?.message ?? "")")
    #expect(error?.expected?.isEmpty == false)
}

@Test func recordsBeforeAnErrorAreStillHandedOutThenReadingStops() throws {
    let reader = try CSVReader(bytes: "a\nb\"\nc\n".bytes)
    #expect(try reader.next() == CSVRecord(fields: ["a"], line: 1))
    #expect(throws: DaegaError.self) { _ = try reader.next() }
    #expect(try reader.next() == nil)
}

/// A limit, an input that breaks it, and where and how the reader must say so.
struct CSVLimitCase: Sendable, CustomTestStringConvertible {
    let name: String
    let limits: CSVReaderLimits
    let input: String
    let line: Int
    let column: Int
    let message: String
    var testDescription: String { name }
}

let limitCases: [CSVLimitCase] = [
    CSVLimitCase(name: "field longer than the limit",
                 limits: CSVReaderLimits(maximumFieldBytes: 4, maximumFieldCount: 10, maximumRecordBytes: 100),
                 input: "abcd\nx,\"abcde\"", line: 2, column: 3, message: "2번째 필드가 한도 4바이트를 넘습니다"),
    CSVLimitCase(name: "more fields than the limit",
                 limits: CSVReaderLimits(maximumFieldBytes: 10, maximumFieldCount: 3, maximumRecordBytes: 100),
                 input: "a,b,c\na,b,c,d", line: 2, column: 7, message: "레코드의 필드가 한도 3개를 넘습니다"),
    CSVLimitCase(name: "record longer than the limit",
                 limits: CSVReaderLimits(maximumFieldBytes: 10, maximumFieldCount: 10, maximumRecordBytes: 8),
                 input: "ok\nabcd,efgh,i", line: 2, column: 1, message: "레코드가 한도 8바이트를 넘습니다"),
]

@Test("limits stop oversized fields and records, naming the limit", arguments: limitCases)
func enforcesLimits(_ testCase: CSVLimitCase) throws {
    let reader = try CSVReader(bytes: testCase.input.bytes, path: "big.csv", limits: testCase.limits, chunkSize: 3)
    #expect(try reader.next()?.line == 1)
    let error = #expect(throws: DaegaError.self) { _ = try reader.next() }
    #expect(error?.code == .csvSyntax)
    #expect(error?.location == .file(path: "big.csv", line: testCase.line, column: testCase.column))
    #expect(error?.message == testCase.message)
}

@Test func standardLimitsAreOneMebibyteAndTenThousandFields() throws {
    #expect(CSVReaderLimits.standard.maximumFieldBytes == 1_048_576)
    #expect(CSVReaderLimits.standard.maximumFieldCount == 10_000)
    let exactly = String(repeating: ",", count: 9_999)
    #expect(try CSVReader(bytes: exactly.bytes).readAll().first?.fields.count == 10_000)
    let error = #expect(throws: DaegaError.self) { _ = try CSVReader(bytes: (exactly + ",").bytes).readAll() }
    #expect(error?.location == .file(path: "<memory>", line: 1, column: 10_001))
}
