import DaegaEngine
import DaegaIO
import Foundation
import DaegaTestSupport
import Testing

@Test func readsAHundredThousandRowsOfTwelveColumnsFromAFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var text = "\u{FEFF}" + (1...12).map { "열\($0)" }.joined(separator: ",") + "\r\n"
    for row in 1...100_000 {
        text += "\(row),사업\(row),\"서울, 종로\",1234567,0.5,-5,,\"a\"\"b\",x,y,z,끝\r\n"
    }
    let path = try directory.write(text.bytes, to: "big.csv")

    let reader = try CSVReader(contentsOf: path)
    var count = 0
    var widths: Set<Int> = []
    var last: CSVRecord?
    while let record = try reader.next() {
        widths.insert(record.fields.count)
        count += 1
        last = record
    }
    #expect(count == 100_001)
    #expect(widths == [12])
    #expect(last == CSVRecord(fields: ["100000", "사업100000", "서울, 종로", "1234567", "0.5", "-5", "", "a\"b",
                                       "x", "y", "z", "끝"], line: 100_001))
}

@Test func readsALargeCP949FileWhoseCharactersStraddleChunks() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    // The leading "x" puts every two-byte character at an odd offset, so 64 KiB boundaries split some.
    let row = "똠뷁가,\"따옴표\"\"\",123\r\n"
    let path = try directory.write(cp949("x\r\n" + String(repeating: row, count: 20_000)), to: "ansi.csv")
    let reader = try CSVReader(contentsOf: path)
    #expect(reader.encoding == .cp949)
    let records = try reader.readAll()
    #expect(records.count == 20_001)
    #expect(records.dropFirst().allSatisfy { $0.fields == ["똠뷁가", "따옴표\"", "123"] })
    #expect(records.last?.line == 20_001)
}

@Test func missingFileAndDirectoryAreReportedByPath() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let missing = directory.file("none.csv")
    let notFound = #expect(throws: DaegaError.self) { _ = try CSVReader(contentsOf: missing) }
    #expect(notFound?.code == .fileNotFound)
    #expect(notFound?.location == .file(path: missing, line: nil, column: nil))
    let folder = #expect(throws: DaegaError.self) { _ = try CSVReader(contentsOf: directory.path) }
    #expect(folder?.code == .fileUnreadable)
    #expect(folder?.location == .file(path: directory.path, line: nil, column: nil))
}

@Test func detectionOfAFileNamesTheFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(cp949("가,나\n"), to: "ansi.csv")
    #expect(try TextEncoding.detect(fileAt: path) == .cp949)
    let bad = try directory.write([0x61, 0x0A, 0xFF], to: "bad.csv")
    let error = #expect(throws: DaegaError.self) { _ = try TextEncoding.detect(fileAt: bad) }
    #expect(error?.location == .file(path: bad, line: 2, column: 1))
}

/// What reading gave: the records, then the error that stopped it, if any.
struct ReadOutcome: Equatable {
    var records: [CSVRecord] = []
    var error: DaegaError?
}

func readOutcome(_ bytes: [UInt8], chunkSize: Int) -> ReadOutcome {
    var outcome = ReadOutcome()
    do {
        let reader = try CSVReader(bytes: bytes, limits: CSVReaderLimits(maximumFieldBytes: 16, maximumFieldCount: 8,
                                                                          maximumRecordBytes: 40),
                                   chunkSize: chunkSize)
        while let record = try reader.next() { outcome.records.append(record) }
    } catch {
        outcome.error = error
    }
    return outcome
}

@Test func randomInputNeverCrashesAndChunkingNeverChangesTheResult() {
    let alphabet: [[UInt8]] = [[0x61], [0x20], [0x2C], [0x22], [0x0D], [0x0A], [0x00], [0xFF], [0x80],
                               [0xEA, 0xB0, 0x80], [0xB0, 0xA1], [0xEF, 0xBB, 0xBF], [0xC3]]
    var generator = SeededGenerator(seed: 2026)
    for _ in 0..<3_000 {
        let length = Int.random(in: 0...30, using: &generator)
        let bytes = (0..<length).flatMap { _ in alphabet.randomElement(using: &generator)! }
        let whole = readOutcome(bytes, chunkSize: 64 * 1024)
        for chunkSize in [1, 2, 5] {
            #expect(readOutcome(bytes, chunkSize: chunkSize) == whole, "\(bytes)")
        }
    }
}

/// Records of up to 13 KB (quoted line breaks, doubled quotes, Hangul) cut by chunks smaller and larger than a record
/// read exactly as from one chunk, and an error after them is placed the same.
@Test func longRecordsAcrossChunksReadAsFromOneChunk() throws {
    var generator = SeededGenerator(seed: 13)
    let pieces = ["a", "가", ",", "\"\"", "\r\n", "\n", "1,234"]
    var text = "id,name\r\n"
    for row in 0..<40 {
        let length = [0, 3, 900, 5_000, 13_000][row % 5]
        var field = ""
        while field.utf8.count < length { field += pieces.randomElement(using: &generator)! }
        text += "\(row),\"\(field)\"\(row % 2 == 0 ? "\r\n" : "\n")"
    }
    let bytes = Array(text.utf8)
    let whole = try CSVReader(bytes: bytes, chunkSize: bytes.count).readAll()
    #expect(whole.count == 41)
    for chunkSize in [1_000, 4_095, 4_097, 8_192, 20_000, 65_536] {
        #expect(try CSVReader(bytes: bytes, chunkSize: chunkSize).readAll() == whole, "chunks of \(chunkSize)")
    }
    // An unquoted quote in the last record: the same line and column whatever the chunks.
    let broken = bytes + Array("41,a\"b\r\n".utf8)
    let errors = [bytes.count + 9, 4_096, 9_999].map { chunkSize in
        #expect(throws: DaegaError.self) { _ = try CSVReader(bytes: broken, chunkSize: chunkSize).readAll() }?.location
    }
    let breaks = whole.last![field: 1].filter { $0 == "\n" || $0 == "\r\n" }.count
    #expect(errors.allSatisfy { $0 == .file(path: "<memory>", line: whole.last!.line + breaks + 1, column: 5) }, "\(errors)")
}
