import DaegaTestSupport
import Foundation
import Testing

@Suite struct MemoCommandTests {
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-memo-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [("memo.html", "<!DOCTYPE html>"), ("memo.md", "# 예산 산출 근거: ")])
    func writesTheFormatItsExtensionNames(name: String, start: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/civil-complaint.toml", "-o", folder + "/" + name, "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(text.hasPrefix(start))
        #expect(text.contains("747,579,185원"))
    }

    @Test func formatFlagOverridesTheExtensionAndEnglishIsAvailable() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/scm.toml", "-o", folder + "/memo.txt", "--format", "md", "--lang", "en",
                                            "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder + "/memo.txt", encoding: .utf8)
        #expect(text.hasPrefix("# Budget justification memo: "))
        #expect(text.contains("> No budget amount was given"))
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
        let run = try CommandLineRun.daega(["memo", "samples/scm.toml", "-o", "/tmp/memo.pdf"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--format"))
    }
}
