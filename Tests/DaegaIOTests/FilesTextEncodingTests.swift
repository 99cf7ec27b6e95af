import DaegaEngine
import DaegaIO
import Foundation
import Testing

/// CP949 bytes of `text`, as Excel on Korean Windows saves them.
func cp949(_ text: String) -> [UInt8] {
    Array(text.data(using: String.Encoding(rawValue: 0x8000_0422))!)
}

@Test("detection follows BOM → UTF-8 → CP949", arguments: [
    ("ASCII only", "a,b\n".bytes, TextEncoding.utf8),
    ("UTF-8 Hangul", "사업명,똠\n".bytes, .utf8),
    ("UTF-8 BOM", "\u{FEFF}사업명\n".bytes, .utf8),
    ("CP949 Hangul", cp949("사업명,똠,뷁\r\n"), .cp949),
    ("empty", [], .utf8),
] as [(String, [UInt8], TextEncoding)])
func detectsEncoding(_ name: String, _ bytes: [UInt8], _ expected: TextEncoding) throws {
    #expect(try TextEncoding.detect(bytes: bytes, path: name) == expected)
}

@Test("CP949 reads exactly at every chunk size, two-byte characters split across chunks", arguments: chunkSizes)
func readsCP949(chunkSize: Int) throws {
    let text = "사업명,금액,비고\r\n\"차세대, 똠\",\"1,000\",\"뷁 \"\"인용\"\"\"\r\n갂,x,\r\n"
    let reader = try CSVReader(bytes: cp949(text), chunkSize: chunkSize)
    #expect(reader.encoding == .cp949)
    #expect(try reader.readAll() == [
        CSVRecord(fields: ["사업명", "금액", "비고"], line: 1),
        CSVRecord(fields: ["차세대, 똠", "1,000", "뷁 \"인용\""], line: 2),
        CSVRecord(fields: ["갂", "x", ""], line: 3),
    ])
}

/// Bytes in no supported encoding, and where the error must point.
struct EncodingErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]
    let line: Int
    let column: Int
    let message: String
    var testDescription: String { name }
}

let encodingErrorCases: [EncodingErrorCase] = [
    EncodingErrorCase(name: "0xFF is neither", bytes: "a\nb".bytes + [0xFF] + "c".bytes, line: 2, column: 2,
                      message: "UTF-8도 CP949도 아닙니다: UTF-8로 읽을 수 없는 바이트 0xFF가 있습니다 (바이트 오프셋 3)"),
    EncodingErrorCase(name: "valid UTF-8 that turns invalid later", bytes: "가나,다\n라".bytes + [0xC0, 0x20],
                      line: 2, column: 2,
                      message: "UTF-8도 CP949도 아닙니다: UTF-8로 읽을 수 없는 바이트 0xC0가 있습니다 (바이트 오프셋 14)"),
    EncodingErrorCase(name: "BOM then an invalid byte", bytes: "\u{FEFF}가\nx".bytes + [0x80], line: 2, column: 2,
                      message: "UTF-8 BOM이 있는 파일에 UTF-8로 읽을 수 없는 바이트 0x80가 있습니다 (바이트 오프셋 8)"),
    EncodingErrorCase(name: "CP949 cut in the middle of a character", bytes: cp949("똠,뷁\n가") + [0xB0], line: 2,
                      column: 2, message: "UTF-8도 CP949도 아닙니다: 파일 끝에서 CP949 문자가 잘렸습니다: 0xB0 (바이트 오프셋 8)"),
    EncodingErrorCase(name: "CP949 with a bad trail byte", bytes: cp949("똠\n가나") + [0xC6, 0x53], line: 2,
                      column: 3, message: "UTF-8도 CP949도 아닙니다: CP949로 읽을 수 없는 바이트 0xC6 0x53가 있습니다 (바이트 오프셋 7)"),
]

@Test("a file in neither encoding is rejected at its first bad byte", arguments: encodingErrorCases)
func rejectsUnknownEncoding(_ testCase: EncodingErrorCase) throws {
    let error = #expect(throws: DaegaError.self) { _ = try CSVReader(bytes: testCase.bytes, path: "x.csv") }
    #expect(error?.code == .invalidEncoding)
    #expect(error?.location == .file(path: "x.csv", line: testCase.line, column: testCase.column))
    #expect(error?.message == testCase.message)
    #expect(error?.expected == "UTF-8(BOM 있거나 없이) 또는 CP949로 저장된 텍스트")
}

@Test("a forced encoding fails mid-stream at the bad byte, never replacing it", arguments: chunkSizes)
func forcedEncodingFailsAtBadByte(chunkSize: Int) throws {
    let reader = try CSVReader(bytes: "a\n가,b".bytes + [0xFF], path: "x.csv", encoding: .utf8, chunkSize: chunkSize)
    #expect(try reader.next() == CSVRecord(fields: ["a"], line: 1))
    let error = #expect(throws: DaegaError.self) { _ = try reader.next() }
    #expect(error?.code == .invalidEncoding)
    #expect(error?.location == .file(path: "x.csv", line: 2, column: 4))
    #expect(try reader.next() == nil)
}

@Test func cp949ForcedOnUTF8TextFails() throws {
    let error = #expect(throws: DaegaError.self) {
        _ = try CSVReader(bytes: "가".bytes, encoding: .cp949).readAll()
    }
    #expect(error?.code == .invalidEncoding)
    #expect(error?.message.hasPrefix("CP949로 읽을 수 없는 바이트") == true)
}

@Test func cp949RejectsSingleBytes0x80And0xFFThatFoundationWouldAccept() throws {
    for byte: UInt8 in [0x80, 0xFF] {
        let error = #expect(throws: DaegaError.self) {
            _ = try CSVReader(bytes: [0x61, byte], encoding: .cp949).readAll()
        }
        #expect(error?.location == .file(path: "<memory>", line: 1, column: 2))
    }
}
