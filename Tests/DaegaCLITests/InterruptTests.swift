import DaegaTestSupport
import Foundation
import Testing

/// A batch stopped by a signal, run as a real child process on a large input: SIGINT, SIGTERM and SIGHUP remove the
/// run's temporary files and exit 128 + the signal's number; the previous result and error report stay as they were.
/// A run killed outright (SIGKILL) leaves its temporary file, which the next run into the folder removes.
@Suite struct InterruptTests {
    let folder = NSTemporaryDirectory() + "daega-interrupt-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    /// A portfolio of `rows` rows (the sample's rows again and again, each with an id of its own): minutes of work for
    /// a debug build, so the run is still going when the signal comes.
    func largePortfolio(rows: Int = 100_000) throws -> String {
        let lines = try String(contentsOfFile: Repository.root + "/samples/portfolio.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline)
        var text = lines[0] + "\n"
        for index in 0..<rows {
            let line = lines[1 + index % (lines.count - 1)]
            text += "R\(index)-" + line + "\n"
        }
        let path = folder + "/large.csv"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// The temporary files in the folder.
    func temporaryFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".daega-tmp-") }
    }

    /// Starts `daega batch` on `input` writing `out.csv` and `errors.csv`, and waits until both temporary files exist
    /// (the run is then writing), or at most two minutes.
    func startBatch(_ input: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLineRun.executable)
        process.arguments = ["batch", input, "-o", folder + "/out.csv", "--errors", folder + "/errors.csv"]
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while try temporaryFiles().count < 2 && process.isRunning && Date() < deadline { usleep(20_000) }
        return process
    }

    @Test(arguments: [(SIGINT, 130), (SIGTERM, 143), (SIGHUP, 129)] as [(Int32, Int32)])
    func aSignalRemovesTheTemporaryFilesAndKeepsThePreviousOutputs(signal: Int32, status: Int32) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try largePortfolio()
        try "previous result\n".write(toFile: folder + "/out.csv", atomically: false, encoding: .utf8)
        try "previous report\n".write(toFile: folder + "/errors.csv", atomically: false, encoding: .utf8)
        let process = try startBatch(input)
        #expect(try temporaryFiles().count == 2, "the run was writing when the signal came")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(try temporaryFiles().isEmpty)
        #expect(try String(contentsOfFile: folder + "/out.csv", encoding: .utf8) == "previous result\n")
        #expect(try String(contentsOfFile: folder + "/errors.csv", encoding: .utf8) == "previous report\n")
    }

    /// `-o - | head`: the result is copied to standard output before the error report is renamed; the reader going
    /// away ends the run quietly with 141, its error report's temporary file removed and the previous report kept.
    @Test func aClosedPipeRemovesTheTemporaryFilesToo() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try largePortfolio(rows: 3_000)
        try "previous report\n".write(toFile: folder + "/errors.csv", atomically: false, encoding: .utf8)
        let command = "'\(CommandLineRun.executable)' batch '\(input)' -o - --errors '\(folder)/errors.csv' 2>/dev/null | head -c 10 >/dev/null; "
            + "echo ${PIPESTATUS[0]}"
        let run = try CommandLineRun.run("/bin/bash", ["-c", command])
        #expect(run.standardOutput == "141\n")
        #expect(try temporaryFiles().isEmpty)
        #expect(try String(contentsOfFile: folder + "/errors.csv", encoding: .utf8) == "previous report\n")
    }

    @Test func theNextRunRemovesWhatAKilledRunLeft() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = try largePortfolio()
        let process = try startBatch(input)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let left = try temporaryFiles()
        #expect(left.count == 2 && left.allSatisfy { $0.hasPrefix(".daega-tmp-\(process.processIdentifier)-") })
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.csv"))
        let next = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", folder + "/small.csv"])
        #expect(next.status == 0, "\(next.standardError)")
        #expect(try temporaryFiles().isEmpty)
    }
}
