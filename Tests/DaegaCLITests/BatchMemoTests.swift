import DaegaTestSupport
import Foundation
import Testing

/// `daega batch --memos DIR` writes one memo per checked row, named for the row's id.
@Suite struct BatchMemoTests {
    @Test func writesOneMemoPerCheckedRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-memos-\(UUID().uuidString)").path
        let output = folder + "-out.csv"
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: output) }
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", output, "--memos", folder,
                                            "--memo-format", "md", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.count == 27)
        #expect(files.first == "P2026-001.md")
        let memo = try String(contentsOfFile: folder + "/P2026-001.md", encoding: .utf8)
        let csv = try String(contentsOfFile: output, encoding: .utf8)
        let row = try #require(csv.split(separator: "\r\n").first { $0.hasPrefix("P2026-001,") })
        let name = String(row.split(separator: ",")[1])
        #expect(memo.contains(name))
        #expect(memo.contains("예산 검토"))
    }

    @Test func badMemoFolderFailsBeforeAnyOutput() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("daega-\(UUID().uuidString).csv").path
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", output, "--memos", "/proc/daega-memos"])
        #expect(run.status == 73, "\(run.standardError)")
        #expect(run.standardError.contains("--memos"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// A memo never takes the name of the batch's own files, and an id too long for a file name is cut with its
    /// line number added, so no memo and no output is lost.
    @Test func memoNamesAvoidTheBatchFilesAndFitTheFileSystem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-memos-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let longID = String(repeating: "가", count: 83)  // 249 bytes: within a batch's id limit, too long for a memo's name
        let input = folder + "/in.csv"
        try Data("id,fp,budget\nA,100,150000000\n\(longID),100,150000000\n".utf8).write(to: URL(fileURLWithPath: input))
        let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/A.md", "--memos", folder, "--memo-format", "md",
                                            "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(files == ["in.csv", "A.md", "A-L2.md", String(repeating: "가", count: 66) + "-L3.md"])
        let result = try Data(contentsOf: URL(fileURLWithPath: folder + "/A.md"))
        #expect(String(decoding: result, as: UTF8.self).contains("id,fp,budget,function_points"), "the result, not a memo")
    }

    @Test func writesHWPXMemosAndRefusesPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-memos-\(UUID().uuidString)").path
        let output = folder + "-out.csv"
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: output) }
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", output, "--memos", folder,
                                            "--memo-format", "hwpx", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let bytes = try #require(FileManager.default.contents(atPath: folder + "/P2026-001.hwpx"))
        #expect(String(decoding: bytes[30..<57], as: UTF8.self) == "mimetypeapplication/hwp+zip")

        let refused = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", output + ".2", "--memos", folder + "-pdf",
                                                "--memo-format", "pdf"])
        #expect(refused.status == 64)
        #expect(refused.standardError.contains("--memo-format") && refused.standardError.hasSuffix("[E106]\n"), "\(refused.standardError)")
        #expect(!FileManager.default.fileExists(atPath: output + ".2"))
    }
}
