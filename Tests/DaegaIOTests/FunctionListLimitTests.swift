import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

// A function list past its documented limits (FunctionListParser.maximumFunctions functions, maximumNameCharacters
// characters per name) ends in a functionListLimit error naming the limit and the line, before memory grows with
// the rest of the file.

@Test func theFiftyThousandAndFirstFunctionIsRefusedAtItsLine() throws {
    var parser = FunctionListParser(path: "fl.csv")
    try parser.header(["name", "type"], line: 1)
    for index in 0..<FunctionListParser.maximumFunctions {
        try parser.record(["f\(index)", "EI"], line: index + 2)
    }
    #expect(parser.entries.count == 50_000)
    try parser.record(["", " "], line: 50_002)
    let error = #expect(throws: DaegaError.self) { try parser.record(["one more", "EI"], line: 50_003) }
    #expect(error?.code == .functionListLimit)
    #expect(error?.location == .file(path: "fl.csv", line: 50_003, column: nil))
    #expect(error?.message == "기능 목록의 기능이 한도 50000개를 넘습니다")
}

@Test func aNameOfAHundredCharactersIsReadAndOneMoreIsRefused() throws {
    var parser = FunctionListParser(path: "fl.csv")
    try parser.header(["type", "name"], line: 1)
    try parser.record(["EI", String(repeating: "가", count: 100)], line: 2)
    #expect(parser.entries.map(\.name.count) == [100])
    let error = #expect(throws: DaegaError.self) { try parser.record(["EI", String(repeating: "가", count: 101)], line: 3) }
    #expect(error?.code == .functionListLimit)
    #expect(error?.location == .file(path: "fl.csv", line: 3, column: 2))
    #expect(error?.message == "기능 이름이 101자로 한도 100자를 넘습니다")
}

@Test func aFiveMillionRowFileStopsAtTheLimitRow() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("huge.csv")
    FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.write(contentsOf: Data("name,type\n".utf8))
    let block = Data(String(repeating: "고객 조회,EQ\n", count: 100_000).utf8)
    for _ in 0..<50 { try handle.write(contentsOf: block) }
    try handle.close()
    let rates = try Repository.edition(2020).requireFunctionPoints()
    let error = #expect(throws: DaegaError.self) { _ = try FunctionListFile.read(path, rates: rates) }
    #expect(error?.code == .functionListLimit)
    #expect(error?.location == .file(path: path, line: 50_002, column: nil))
}
