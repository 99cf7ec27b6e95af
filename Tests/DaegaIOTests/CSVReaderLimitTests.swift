import DaegaEngine
import DaegaIO
import Foundation
import Testing

// Files at and past the reader's standard limits, read from disk as a user would hand them over: each ends
// in a located csvSyntax error (or reads whole), never a crash or unbounded memory.

/// Writes `bytes` to a fresh file, reads it with the standard limits, and returns the file's path (removed
/// by then) with what reading gave.
private func readFile(_ bytes: [UInt8]) throws -> (path: String, outcome: ReadOutcome) {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(bytes, to: "in.csv")
    var outcome = ReadOutcome()
    do {
        let reader = try CSVReader(contentsOf: path)
        while let record = try reader.next() { outcome.records.append(record) }
    } catch {
        outcome.error = error
    }
    return (path, outcome)
}

@Test func oneEnormousLineStopsAtTheFieldLimitWhereTheFieldStarts() throws {
    let (path, outcome) = try readFile(Array("id,memo\n7,".utf8) + [UInt8](repeating: 0x61, count: 3 << 20) + [0x0A])
    #expect(outcome.records == [CSVRecord(fields: ["id", "memo"], line: 1)])
    #expect(outcome.error?.code == .csvSyntax)
    #expect(outcome.error?.location == .file(path: path, line: 2, column: 3))
    #expect(outcome.error?.message == "2번째 필드가 한도 1048576바이트를 넘습니다")
}

@Test func aMillionColumnsStopAtTheFieldCountLimit() throws {
    let (path, outcome) = try readFile(Array(String(repeating: "1,", count: 1_000_000).utf8))
    #expect(outcome.records.isEmpty)
    #expect(outcome.error?.location == .file(path: path, line: 1, column: 20_001))
    #expect(outcome.error?.message == "레코드의 필드가 한도 10000개를 넘습니다")
}

@Test func deeplyRepeatedQuotesReadAsOneFieldOfQuotes() throws {
    // An opening quote, 400,000 escaped quotes, a closing quote: one field of 400,000 quote characters.
    let (_, outcome) = try readFile(Array(("\"" + String(repeating: "\"\"", count: 400_000) + "\"\nz\n").utf8))
    #expect(outcome.error == nil)
    #expect(outcome.records.map(\.fields) == [[String(repeating: "\"", count: 400_000)], ["z"]])
    #expect(outcome.records.last?.line == 2)
}

@Test func deeplyRepeatedQuotesPastTheFieldLimitFailWhereTheFieldStarts() throws {
    let (path, outcome) = try readFile(Array(("x,\"" + String(repeating: "\"\"", count: 1_100_000) + "\"\n").utf8))
    #expect(outcome.records.isEmpty)
    #expect(outcome.error?.location == .file(path: path, line: 1, column: 3))
    #expect(outcome.error?.message == "2번째 필드가 한도 1048576바이트를 넘습니다")
}

@Test func anOddRunOfQuotesIsAnUnterminatedQuoteAtItsStart() throws {
    let (path, outcome) = try readFile(Array(("a\n\"" + String(repeating: "\"\"", count: 300_000) + "\n").utf8))
    #expect(outcome.records == [CSVRecord(fields: ["a"], line: 1)])
    #expect(outcome.error?.location == .file(path: path, line: 2, column: 1))
    #expect(outcome.error?.message.contains("따옴표가 닫히지 않은") == true)
}

@Test func aFileRemovedAfterOpeningIsStillReadWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(Array("a,b\n1,2\n".utf8), to: "gone.csv")
    let reader = try CSVReader(contentsOf: path)
    try FileManager.default.removeItem(atPath: path)
    // The reader holds the file open, so removing its name does not cut the reading short.
    #expect(try reader.readAll() == [CSVRecord(fields: ["a", "b"], line: 1), CSVRecord(fields: ["1", "2"], line: 2)])
}
