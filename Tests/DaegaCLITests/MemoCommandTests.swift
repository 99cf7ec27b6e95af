import DaegaTestSupport
import Foundation
import Testing

@Suite struct MemoCommandTests {
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-memo-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [("memo.html", "<!DOCTYPE html>"), ("memo.md", "# 예산 산출 근거\n")])
    func writesTheFormatItsExtensionNames(name: String, start: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/civil-complaint.toml", "-o", folder + "/" + name, "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(text.hasPrefix(start))
        #expect(text.contains("747,579,185원"))
    }

    @Test func writesHWPXFor한글() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/civil-complaint.toml", "-o", folder + "/memo.hwpx", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/memo.hwpx"))
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: bytes[30..<57], as: UTF8.self) == "mimetypeapplication/hwp+zip")
    }

    @Test func formatFlagOverridesTheExtensionAndEnglishIsAvailable() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/scm.toml", "-o", folder + "/memo.txt", "--format", "md", "--lang", "en",
                                            "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder + "/memo.txt", encoding: .utf8)
        #expect(text.hasPrefix("# Budget justification\n"))
        #expect(text.contains("No budget amount was given, so the budget was not reviewed"))
    }

    @Test func refusesToOverwriteTheProjectFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let project = folder + "/project.html"
        let original = try String(contentsOfFile: Repository.sample("records-archive.toml"), encoding: .utf8)
        try original.write(toFile: project, atomically: true, encoding: .utf8)
        let run = try CommandLineRun.daega(["memo", project, "-o", project, "--as-of", "2026-03-01"])
        #expect(run.status == 73)
        #expect(run.standardError.contains("E405"))
        #expect(try String(contentsOfFile: project, encoding: .utf8) == original)
    }

    @Test func unknownExtensionWithoutFormatIsAUsageError() throws {
        let run = try CommandLineRun.daega(["memo", "samples/scm.toml", "-o", "/tmp/memo.docx"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--format"))
    }
}

/// `memo -o memo.pdf` through headless Chromium, and the flags that fill the header block.
@Suite struct MemoDocumentCommandTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: chromium != nil, "needs headless Chromium (CI installs it in scripts/render-memo.sh)"))
    func printsAPDFThroughChromium() throws {
        let folder = try MemoCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/civil-complaint.toml", "-o", folder + "/memo.pdf", "--as-of", "2026-03-01",
                                            "--chromium", Self.chromium!])
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/memo.pdf"))
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect(bytes.count > 20_000)
    }

    /// Without a browser the command names `--chromium`, says how to install one, and writes nothing.
    @Test(arguments: [("docs/no-such-chromium", Int32(69), "E951", "apt-get install chromium"), ("/bin/false", 70, "E952", "종료 상태 1")])
    func pdfWithoutAWorkingBrowserFailsCleanly(browser: String, status: Int32, code: String, message: String) throws {
        let folder = try MemoCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/scm.toml", "-o", folder + "/memo.pdf", "--chromium", browser])
        #expect(run.status == status)
        #expect(run.standardError.hasPrefix("daega: --chromium: error: "), "\(run.standardError)")
        #expect(run.standardError.contains(message) && run.standardError.hasSuffix("[\(code)]\n"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// Flags win over `[document]`, which wins over the defaults; `--unit` sets the summary tables' unit.
    @Test func flagsOverrideTheDocumentSection() throws {
        let folder = try MemoCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/civil-complaint.toml", "-o", folder + "/memo.md", "--as-of", "2026-03-01",
                                            "--author", "사무관 이검토", "--written-on", "2026-03-05", "--no-approval", "--unit", "백만원"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder + "/memo.md", encoding: .utf8)
        #expect(text.contains("| 기관명 | 부서 | 작성자 | 작성일 | 문서번호 |\n|---|---|---|---|---|\n| ○○시청 | 정보통신과 | 사무관 이검토 | 2026-03-05 | 정보통신과-2026-0142 |"))
        #expect(!text.contains("| 담당 | 검토 | 결재 |"))
        #expect(text.contains("(단위: 백만원, 1,000,000원 단위 반올림)"))
        #expect(text.contains("| 사업비 (VAT 포함) | 748 | 1,117 | 369 |"))
    }

    @Test(arguments: [(["--written-on", "2026-02-30"], "--written-on", Int32(65)), (["--unit", "만원"], "--unit", 64)])
    func badHeaderFlagsAreRefused(arguments: [String], flag: String, status: Int32) throws {
        let run = try CommandLineRun.daega(["memo", "samples/scm.toml", "-o", "/tmp/never-written.md"] + arguments)
        #expect(run.status == status)
        #expect(run.standardError.contains(flag), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written.md"))
    }
}
