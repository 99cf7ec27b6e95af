import DaegaEngine
import DaegaIO
import Foundation
import Testing

/// Writes `text` atomically to `path`.
func writeAtomically(_ text: String, to path: String, inputs: [String] = []) throws(DaegaError) {
    try AtomicFileWriter(destination: path, inputs: inputs).write { sink throws(DaegaError) in
        try sink.write(text.bytes)
    }
}

func contents(of path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
}

@Test func writesANewFileAndLeavesNoTemporaryFile() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("out.csv")
    let rows = try AtomicFileWriter(destination: path).write { sink throws(DaegaError) in
        var writer = try CSVWriter(sink: sink)
        try writer.write([.text("사업명"), .number(ExactDecimal(1000))])
        return 1
    }
    #expect(rows == 1)
    #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == [0xEF, 0xBB, 0xBF] + "사업명,1000\r\n".bytes)
    #expect(try directory.contents() == ["out.csv"])
}

@Test func replacesAnExistingFileKeepingItsPermissions() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("old".bytes, to: "out.csv")
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    try writeAtomically(String(repeating: "새 내용\r\n", count: 20_000), to: path)
    #expect(try contents(of: path) == String(repeating: "새 내용\r\n", count: 20_000))
    #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    #expect(try directory.contents() == ["out.csv"])
}

@Test func aFailingBodyLeavesTheDestinationUntouched() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write("old".bytes, to: "out.csv")
    let error = #expect(throws: DaegaError.self) {
        try AtomicFileWriter(destination: path).write { sink throws(DaegaError) in
            try sink.write("half of the new".bytes)
            var writer = try CSVWriter(sink: FailingSink())
            try writer.write([.text("never")])
        }
    }
    #expect(error?.code == .outputFailed)
    #expect(try contents(of: path) == "old")
    #expect(try directory.contents() == ["out.csv"])
}

@Test func aMissingDirectoryIsOutputFailedNamingTheDestination() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("no/such/out.csv")
    let error = #expect(throws: DaegaError.self) { try writeAtomically("x", to: path) }
    #expect(error?.code == .outputFailed)
    #expect(error?.location == .file(path: path, line: nil, column: nil))
    #expect(error?.message == "출력 파일을 쓰지 못했습니다: 폴더가 없습니다")
}

@Test func aFolderAtTheDestinationIsRefusedAndLeftAsItWas() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("taken")
    try FileManager.default.createDirectory(atPath: path + "/inside", withIntermediateDirectories: true)
    let error = #expect(throws: DaegaError.self) { try writeAtomically("x", to: path) }
    #expect(error?.code == .outputNotRegularFile)
    #expect(error?.location == .file(path: path, line: nil, column: nil))
    #expect(try directory.contents() == ["taken"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
}

@Test func writingToAFullDiskIsOutputFailed() throws {
    let descriptor = open("/dev/full", O_WRONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let sink = FileByteSink(fileDescriptor: descriptor, path: "out.csv")
    try sink.write("small".bytes)
    let error = #expect(throws: DaegaError.self) { try sink.flush() }
    #expect(error?.code == .outputFailed)
    #expect(error?.location == .file(path: "out.csv", line: nil, column: nil))
    #expect(error?.message == "출력 파일에 쓰지 못했습니다: 디스크 공간이 부족합니다")
}

@Test("an output that is an input, by any spelling or link, is refused", arguments: ["same", "dot", "symlink", "hardlink"])
func refusesToOverwriteAnInput(_ spelling: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let input = try directory.write("입력".bytes, to: "in.csv")
    let output: String
    switch spelling {
    case "same": output = input
    case "dot": output = directory.path + "/./in.csv"
    case "symlink":
        output = directory.file("link.csv")
        try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: input)
    default:
        output = directory.file("hard.csv")
        try FileManager.default.linkItem(atPath: input, toPath: output)
    }
    let error = #expect(throws: DaegaError.self) { try writeAtomically("x", to: output, inputs: [input]) }
    #expect(error?.code == .outputSameAsInput)
    #expect(error?.location == .file(path: output, line: nil, column: nil))
    #expect(try contents(of: input) == "입력")
}

@Test func aDifferentOutputBesideTheInputIsAllowed() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let input = try directory.write("입력".bytes, to: "in.csv")
    try writeAtomically("출력", to: directory.file("out.csv"), inputs: [input])
    #expect(try contents(of: directory.file("out.csv")) == "출력")
}

@Test func aFileLongerThanSeveralWritebackStridesIsWrittenWhole() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.file("big.csv")
    // 21 MiB, past two early writeback requests (every 8 MiB), in pieces of an odd size, each of its own byte, so a
    // lost or repeated piece shows.
    let pieceSize = 65_537, pieces = 21 * (1 << 20) / 65_537 + 1
    var expected = Data()
    try AtomicFileWriter(destination: path).write { sink throws(DaegaError) in
        for index in 0..<pieces {
            let piece = [UInt8](repeating: UInt8(index % 251), count: pieceSize)
            expected.append(contentsOf: piece)
            try sink.write(piece)
        }
    }
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(written.count == pieces * pieceSize)
    #expect(written == expected)
}

/// What renaming would wrongly replace is refused before anything is written: a device (as root, /dev/null itself),
/// a symbolic link, a FIFO, a read-only file.
@Test(arguments: ["/dev/null", "link", "fifo", "read-only"])
func unsuitableDestinationsAreRefused(kind: String) throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var path = kind
    switch kind {
    case "link":
        path = directory.file("link")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: directory.file("target"))
    case "fifo":
        path = directory.file("fifo")
        #expect(mkfifo(path, 0o644) == 0)
    case "read-only":
        path = directory.file("read-only.csv")
        try Data("kept".utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o444) == 0)
    default:
        break
    }
    let error = #expect(throws: DaegaError.self) { try writeAtomically("x", to: path) }
    #expect(error?.code == (kind == "read-only" ? .outputReadOnly : .outputNotRegularFile))
    #expect(error?.location == .file(path: path, line: nil, column: nil))
    if kind == "read-only" { #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept") }
    if kind == "/dev/null" {
        var status = stat()
        #expect(stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still the device")
    }
    if kind != "/dev/null" { #expect(try directory.contents().filter { $0.hasPrefix(".daega-tmp-") }.isEmpty) }
}
