import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Workbooks end to end: `batch` writes the same numbers to CSV and xlsx for every sample portfolio and reads a
/// portfolio workbook like its CSV; `fp` reads the KOSA-style SCM workbooks back to the guide's figures.
@Suite struct WorkbookCommandTests {
    let folder = NSTemporaryDirectory() + "daega-workbook-cli-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    static let portfolios = ["samples/portfolio.csv", "samples/portfolio-cp949.csv", "samples/portfolio-with-errors.csv",
                             "samples/portfolio.xlsx"]

    func batch(_ input: String, _ output: String, _ more: [String] = []) throws -> CommandLineRun {
        try CommandLineRun.daega(["batch", input, "-o", output, "--as-of", "2026-03-01"] + more)
    }

    /// The 결과 sheet as rows of cells (nil for a blank cell), header first.
    func resultSheet(_ path: String) throws -> [[WorksheetCell?]] {
        let sheet = try WorkbookFile(contentsOf: path).sheet(named: "결과")
        return (1...sheet.lastRow).map { row in (1...sheet.lastColumn).map { sheet.cell(CellReference(column: $0, row: row)) } }
    }

    @Test(arguments: portfolios)
    func csvAndWorkbookHoldTheSameNumbers(input: String) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csvRun = try batch(input, folder + "/out.csv")
        let xlsxRun = try batch(input, folder + "/out.xlsx")
        #expect(csvRun.status == xlsxRun.status && [0, 2].contains(csvRun.status), "\(xlsxRun.standardError)")
        let csv = try CSVReader(contentsOf: folder + "/out.csv").readAll().map(\.fields)
        let workbook = try resultSheet(folder + "/out.xlsx")
        #expect(csv.count == workbook.count)
        let resultStart = csv[0].count - BatchOutputRow.resultColumns.count
        #expect(Array(csv[0][resultStart...]) == BatchOutputRow.resultColumns)
        #expect(workbook[0][resultStart...].map { $0?.text } == BatchOutputRow.koreanResultColumns)
        for (csvRow, workbookRow) in zip(csv.dropFirst(), workbook.dropFirst()) {
            for (offset, name) in BatchOutputRow.resultColumns.enumerated() {
                let text = csvRow[resultStart + offset], cell = workbookRow[resultStart + offset]
                switch name {
                case "risk":
                    #expect(text.isEmpty ? cell == nil : Severity(name: text) == cell.flatMap { Severity(name: $0.text) })
                case "coverage_pct", "break_even_pct":
                    let fraction = cell.flatMap { ExactDecimal(parsing: $0.text) }
                    #expect(text.isEmpty ? cell == nil : fraction?.multiplied(by: ExactDecimal(100)) == ExactDecimal(parsing: text))
                case "findings", "error":
                    #expect(text == (cell?.text ?? ""))
                default:
                    #expect(text.isEmpty ? cell == nil : cell?.kind == .number && ExactDecimal(parsing: cell!.text) == ExactDecimal(parsing: text),
                            "\(name): \(text) vs \(String(describing: cell))")
                }
            }
        }
    }

    @Test func workbookInputChecksLikeItsCSV() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try batch("samples/portfolio.csv", folder + "/from-csv.csv").status == 0)
        #expect(try batch("samples/portfolio.xlsx", folder + "/from-xlsx.csv").status == 0)
        let fromCSV = try CSVReader(contentsOf: folder + "/from-csv.csv").readAll().map(\.fields)
        let fromWorkbook = try CSVReader(contentsOf: folder + "/from-xlsx.csv").readAll().map(\.fields)
        let results = BatchOutputRow.resultColumns.count
        #expect(fromCSV.count == 28)
        #expect(fromCSV.map { $0.suffix(results) } == fromWorkbook.map { $0.suffix(results) })
    }

    @Test func koreanHeadersForCSV() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try batch("samples/portfolio.csv", folder + "/ko.csv", ["--headers", "ko"]).status == 0)
        let records = try CSVReader(contentsOf: folder + "/ko.csv").readAll().map(\.fields)
        #expect(records[0].prefix(3) == ["번호", "사업명", "agency"])
        #expect(records[0].suffix(3) == ["유찰 위험", "발견 사항", "오류"])
        #expect(Set(records.dropFirst().map { $0[$0.count - 3] }).isSubset(of: ["낮음", "보통", "높음", "심각"]))
    }

    @Test func workbookSheetsAndFailedRows() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try batch("samples/portfolio-with-errors.csv", folder + "/errors.xlsx")
        #expect(run.status == 2)
        let book = try WorkbookFile(contentsOf: folder + "/errors.xlsx")
        #expect(book.sheetNames == ["결과", "요약", "오류", "코드 설명"])
        let errors = try book.sheet(named: "오류")
        #expect(errors.lastRow == 8, "a header and seven failed rows")
        #expect(errors.cell(CellReference("A2")!)?.text == "samples/portfolio-with-errors.csv:3:4")
        #expect(errors.cell(CellReference("D2")!)?.text == "E101")
        let codes = try book.sheet(named: "코드 설명")
        #expect(codes.lastRow == 1 + FindingCodeCatalogue.all.count + ErrorCode.allCases.count)
    }

    @Test func everyFindingCodeOfTheSamplesIsExplained() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try batch("samples/portfolio.csv", folder + "/out.csv").status == 0)
        let records = try CSVReader(contentsOf: folder + "/out.csv").readAll().map(\.fields)
        let column = try #require(records[0].firstIndex(of: "findings"))
        let codes = Set(records.dropFirst().flatMap { $0[column].split(separator: ";").map(String.init) })
        #expect(codes.count > 3)
        for code in codes { #expect(FindingCodeCatalogue.meaning(of: code) != nil, "\(code)") }
    }

    @Test func fatalWorkbookErrorLeavesNoOutput() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try batch("docs/error-examples/formula-budget.xlsx", folder + "/out.xlsx")
        #expect(run.status == 65)
        #expect(run.standardError.contains("formula-budget.xlsx:포트폴리오!T2: error:"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out.xlsx"))
    }

    @Test(arguments: [["fp", "samples/scm-workbook.toml"],
                      ["fp", "--functions", "samples/scm-fp-detailed.xlsx", "--edition", "2020", "--integration", "2",
                       "--performance", "3", "--compatibility", "1", "--security", "2", "--direct-expenses", "2000000"]])
    func scmWorkbookGivesTheGuideFigures(arguments: [String]) throws {
        let run = try CommandLineRun.daega(arguments)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("68,467,488원"))
        #expect(run.standardOutput.contains("53,173,990원"))
        #expect(run.standardOutput.contains("'FP산정' 시트"))
    }

    @Test func sheetOptionRefusedForCSV() throws {
        let run = try CommandLineRun.daega(["fp", "--functions", "samples/scm-functions.csv", "--sheet", "FP산정"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--sheet"))
    }
}
