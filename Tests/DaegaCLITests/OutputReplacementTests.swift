import DaegaTestSupport
import Foundation
import Testing

/// What `-o` may replace: a batch that fails after its error report is complete leaves the previous report as it
/// was; as root, /dev/null is refused and stays the device; a read-only result is refused and kept.
@Suite struct OutputReplacementTests {
    let folder = NSTemporaryDirectory() + "daega-replacement-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    /// The workbook is written after the rows (and their error report) are done; when it cannot be written, the error
    /// report is not put in place either.
    @Test func aWorkbookThatCannotBeWrittenLeavesThePreviousErrorReport() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "previous report\n".write(toFile: folder + "/errors.csv", atomically: false, encoding: .utf8)
        let run = try CommandLineRun.daega(["batch", "docs/error-examples/field-count.csv", "-o", folder + "/missing/out.xlsx",
                                            "--errors", folder + "/errors.csv"])
        #expect(run.status == 73, "\(run.standardError)")
        #expect(run.standardError.contains("missing/out.xlsx: error: 출력 파일을 쓰지 못했습니다"))
        #expect(try String(contentsOfFile: folder + "/errors.csv", encoding: .utf8) == "previous report\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["errors.csv"])
    }

    @Test func devNullIsNeverReplacedEvenByRoot() throws {
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", "/dev/null"])
        expectCleanFailure(run, status: 73, mentions: "/dev/null: error: 출력 경로가 장치 파일입니다")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aReadOnlyResultIsRefusedAndKept() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        try "kept\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o444) == 0)
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", path])
        expectCleanFailure(run, status: 73, mentions: "out.csv: error: 출력 파일이 읽기 전용입니다")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept\n")
    }
}
