import DaegaEngine
import DaegaIO
import Foundation
import Testing

// Project files and rate books are read whole by TextFile; input that is not readable UTF-8 text must end
// in an error naming the file, and the line and character column when the fault is inside it.

/// Writes `bytes` to a fresh file, reads it as a project file, and returns the file's path with the error.
private func projectError(_ bytes: [UInt8]) throws -> (path: String, error: DaegaError?) {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = try directory.write(bytes, to: "p.toml")
    let error = #expect(throws: DaegaError.self) { _ = try ProjectFile.read(path) }
    return (path, error)
}

@Test func invalidUTF8IsPlacedAtItsLineAndCharacterColumn() throws {
    let (path, error) = try projectError(Array("format_version = 1\nname = \"가나".utf8) + [0xFF] + Array("\"\n".utf8))
    #expect(error?.code == .invalidEncoding)
    #expect(error?.location == .file(path: path, line: 2, column: 11))
}

@Test func aNULByteIsPlacedAtItsLineAndCharacterColumn() throws {
    let (path, error) = try projectError(Array("format_version = 1\n# 주석\u{0}\nname = \"x\"\n".utf8))
    #expect(error?.code == .invalidEncoding)
    #expect(error?.location == .file(path: path, line: 2, column: 5))
    #expect(error?.message.contains("NUL") == true)
}

@Test func aFileOverTheSizeLimitIsRefusedByName() throws {
    let (path, error) = try projectError(Array("name = \"".utf8) + [UInt8](repeating: 0x61, count: TextFile.maximumBytes))
    #expect(error?.code == .fileUnreadable)
    #expect(error?.location == .file(path: path, line: nil, column: nil))
    #expect(error?.message.contains("너무 큽니다") == true)
}

@Test func aDirectoryOrAVanishedFileIsRefusedByName() throws {
    let directory = try TemporaryDirectory()
    let folder = #expect(throws: DaegaError.self) { _ = try ProjectFile.read(directory.path) }
    #expect(folder?.code == .fileUnreadable)
    #expect(folder?.location == .file(path: directory.path, line: nil, column: nil))

    let book = try directory.write(Array("format_version = 1\n".utf8), to: "2020.toml")
    directory.remove()
    let vanished = #expect(throws: DaegaError.self) { _ = try TextFile.readUTF8(book) }
    #expect(vanished?.code == .fileNotFound)
    #expect(vanished?.location == .file(path: book, line: nil, column: nil))
}
