import DaegaTestSupport
import Foundation
import Testing

/// Inputs that are not regular files: a FIFO and a pipe are streamed (the encoding judged by their first bytes), and
/// an endless device (/dev/zero) ends with a message instead of being read to its end. Each run is bounded by a
/// timeout, so a hang fails the test instead of stalling it.
@Suite struct SpecialInputTests {
    let folder = NSTemporaryDirectory() + "daega-special-input-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    /// Runs `executable` with `arguments`, killing it after `timeout` seconds.
    /// - Returns: the exit status and standard error, or `nil` when the timeout killed it.
    func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, error: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        let error = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard !process.isRunning else {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        return (process.terminationStatus, String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    /// The result of the sample portfolio read from a regular file, to compare the streamed runs with.
    func regularResult() throws -> Data {
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", folder + "/regular.csv"])
        #expect(run.status == 0, "\(run.standardError)")
        return try Data(contentsOf: URL(fileURLWithPath: folder + "/regular.csv"))
    }

    @Test func aFIFOIsStreamed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let expected = try regularResult()
        let fifo = folder + "/portfolio.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let sample = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/samples/portfolio.csv"))
        let writer = Thread {
            // Opening blocks until daega opens the FIFO for reading.
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(sample)
            try? handle.close()
        }
        writer.start()
        let result = try #require(try run(CommandLineRun.executable, ["batch", fifo, "-o", folder + "/out.csv"]))
        #expect(result.status == 0, "\(result.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/out.csv")) == expected)
    }

    @Test func aProcessSubstitutionIsStreamed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let expected = try regularResult()
        let command = "exec '\(CommandLineRun.executable)' batch <(cat samples/portfolio.csv) -o '\(folder)/out.csv'"
        let result = try #require(try run("/bin/bash", ["-c", command]))
        #expect(result.status == 0, "\(result.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/out.csv")) == expected)
    }

    @Test func anEndlessRunOfNULBytesIsRefusedWithoutBeingReadToItsEnd() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try run(CommandLineRun.executable, ["batch", "/dev/zero", "-o", folder + "/out.csv"]),
                                  "daega read /dev/zero without end")
        #expect(result.status == 65, "\(result.error)")
        #expect(result.error.contains("/dev/zero:1:1: error: NUL 바이트(0x00)가 있습니다"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func anEndlessProjectFileIsRefusedAtTheSizeLimit() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try #require(try run(CommandLineRun.executable, ["fp", "/dev/zero"]), "daega read /dev/zero without end")
        #expect(result.status == 74, "\(result.error)")
        #expect(result.error.contains("/dev/zero: error: 파일이 너무 큽니다"), "\(result.error)")
    }
}
