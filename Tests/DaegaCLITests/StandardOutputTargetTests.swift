import DaegaTestSupport
import Foundation
import Testing

/// `-o -`: the output's content alone on standard output (the command's report on standard error), the same bytes the
/// command writes to a file; binary content is refused when standard output is a terminal.
@Suite struct StandardOutputTargetTests {
    let folder = NSTemporaryDirectory() + "daega-stdout-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    func contents(_ name: String) throws -> String { try String(contentsOfFile: folder + "/" + name, encoding: .utf8) }

    @Test func aBatchResultGoesToStandardOutputAndItsSummaryToStandardError() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", folder + "/out.csv", "--as-of", "2026-03-01"])
        let piped = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", "-", "--as-of", "2026-03-01"])
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(Data(piped.standardOutput.utf8) == (try Data(contentsOf: URL(fileURLWithPath: folder + "/out.csv"))),
                "the same bytes, byte order mark first")
        #expect(piped.standardError.contains("포트폴리오 점검 요약"))
        #expect(piped.standardError.hasSuffix("결과 파일\n  - 표준 출력\n"))
        #expect(file.standardOutput.contains("포트폴리오 점검 요약"))
    }

    @Test func aMemoGoesToStandardOutput() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let arguments = ["memo", "samples/scm.toml", "--format", "md", "--as-of", "2026-03-01"]
        #expect(try CommandLineRun.daega(arguments + ["-o", folder + "/memo.md"]).status == 0)
        let piped = try CommandLineRun.daega(arguments + ["-o", "-"])
        #expect(piped.status == 0, "\(piped.standardError)")
        #expect(piped.standardOutput == (try contents("memo.md")))
        #expect(piped.standardError == "산출 근거를 썼습니다: -\n")
    }

    @Test func anEstimateWorkbookGoesToStandardOutputAndTheReportToStandardError() throws {
        let run = try CommandLineRun.daega(["fp", "--fp", "85", "-o", "-"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("PK\u{3}\u{4}"), "a zip package")
        #expect(run.standardError.contains("기능점수"))
    }

    @Test func twoOutputsToStandardOutputAreRefusedBeforeAnyWork() throws {
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", "-", "--errors", "-"])
        expectCleanFailure(run, status: 64, mentions: "--errors: error: -o와 --errors가 모두 표준 출력(-)입니다")
    }

    /// Under `script`, standard output is a terminal: a workbook is refused there, text is written.
    @Test func binaryContentIsRefusedOnATerminal() throws {
        let daega = CommandLineRun.executable
        let refused = try CommandLineRun.run("/usr/bin/script", ["-qec", "'\(daega)' fp --fp 85 -o -", "/dev/null"])
        #expect(refused.status == 73, "\(refused.standardOutput)")
        #expect(refused.standardOutput.contains("-: error: 표준 출력이 터미널입니다: xlsx 파일(이진 형식)을 화면에 쓰지 않습니다"))
        let text = try CommandLineRun.run("/usr/bin/script", ["-qec", "'\(daega)' memo samples/scm.toml --format md -o -", "/dev/null"])
        #expect(text.status == 0, "\(text.standardOutput)")
        #expect(text.standardOutput.contains("# "))
    }
}
