import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// `daega memo -o FILE.xlsx` and `batch --memo-format xlsx` write the estimate workbook of the memo's own engine run
/// (`EstimateWorkbook.project`): the check's workbook when a budget was given, else the estimate sheets.
@Suite struct MemoWorkbookTests {
    @Test(arguments: [("samples/civil-complaint.toml", ["예산 검토", "기능점수 산정", "SW개발비 산정", "투입공수 산정"]),
                      ("samples/scm.toml", ["기능점수 산정", "SW개발비 산정"])])
    func memoWritesTheProjectsWorkbook(project: String, sheets: [String]) throws {
        let folder = try MemoCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", project, "-o", folder + "/산정.xlsx", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == "산정 통합문서를 썼습니다: \(folder)/산정.xlsx\n")
        #expect(try WorkbookFile(contentsOf: folder + "/산정.xlsx").sheetNames == sheets)
    }

    @Test func maintenanceOnlyProjectHasNoWorkbook() throws {
        let folder = try MemoCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", "samples/maintenance-example.toml", "-o", folder + "/산정.xlsx", "--as-of", "2026-03-01"])
        #expect(run.status == 64, "\(run.standardError)")
        #expect(run.standardError.hasPrefix("daega: samples/maintenance-example.toml: error: 산정 통합문서에 담을 기능점수나 투입공수 산정이 없습니다"),
                "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/산정.xlsx"))
    }

    /// Before the workbook had one function, `--memo-format xlsx` reached a `preconditionFailure` and crashed.
    @Test func batchWritesOneCheckWorkbookPerRow() throws {
        let folder = try MemoCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/in.csv"
        try Data("id,name,fp,budget\nA,가 사업,100,150000000\n".utf8).write(to: URL(fileURLWithPath: input))
        let run = try CommandLineRun.daega(["batch", input, "-o", folder + "/out.csv", "--memos", folder + "/memos",
                                            "--memo-format", "xlsx", "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let book = try WorkbookFile(contentsOf: folder + "/memos/A.xlsx")
        #expect(book.sheetNames == ["예산 검토", "기능점수 산정", "SW개발비 산정"])
    }
}
