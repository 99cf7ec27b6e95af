import DaegaEngine
import DaegaIO
import Foundation
import Testing

/// A CSV read from a FIFO: the encoding is judged by the first 1 MiB only, and a character cut at the end of that
/// window is no fault (the stream completes it).
@Suite struct CSVReaderStreamTests {
    /// Feeds `bytes` into a new FIFO from another thread and reads it back as CSV.
    func readThroughFIFO(_ bytes: [UInt8], encoding: TextEncoding? = nil) throws -> (TextEncoding, [CSVRecord]) {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.file("in.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(bytes))
            try? handle.close()
        }
        writer.start()
        let reader = try CSVReader(contentsOf: fifo, encoding: encoding)
        return (reader.encoding, try reader.readAll())
    }

    @Test func aLongUTF8StreamWhoseWindowEndsInsideACharacterIsReadWhole() throws {
        // Rows of three-byte Hangul, shifted so that byte 1 MiB (the window's end) is the middle of a character.
        var text = "id,name\n"
        var index = 0
        while text.utf8.count < 2 << 20 {
            text += "P\(index),\(String(repeating: "한", count: 60))\n"
            index += 1
        }
        var bytes = Array(text.utf8)
        while bytes[1 << 20] & 0xC0 != 0x80 || bytes[(1 << 20) - 1] & 0xC0 != 0x80 { bytes.insert(0x20, at: 3) }
        let (encoding, records) = try readThroughFIFO(bytes)
        #expect(encoding == .utf8)
        #expect(records.count == index + 1)
        #expect(records.last?.fields == ["P\(index - 1)", String(repeating: "한", count: 60)])
    }

    @Test func aBadByteAfterTheWindowIsAnErrorWhereItIsMet() throws {
        var bytes = Array("id,name\n".utf8)
        let row = Array("P,\(String(repeating: "한", count: 60))\n".utf8)
        while bytes.count < 2 << 20 { bytes += row }
        let line = bytes.count { $0 == 0x0A } + 1
        bytes += [0x50, 0x2C, 0xFF, 0x0A]
        let error = #expect(throws: DaegaError.self) { _ = try readThroughFIFO(bytes) }
        #expect(error?.code == .invalidEncoding)
        guard case let .file(_, errorLine, column)? = error?.location else {
            Issue.record("the error names no place: \(String(describing: error))")
            return
        }
        #expect(errorLine == line && column == 3)
    }
}
