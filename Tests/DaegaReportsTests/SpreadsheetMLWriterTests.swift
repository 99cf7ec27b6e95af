import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation
import Testing

/// The SpreadsheetML writer: what it writes reads back (through daega's own reader) as the same typed values, with
/// the sheet settings a reviewer relies on; the same workbook gives the same bytes.
@Suite struct SpreadsheetMLWriterTests {
    let folder = NSTemporaryDirectory() + "daega-xlsx-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    func written(_ workbook: Workbook) throws -> WorkbookFile {
        let path = folder + "/book.xlsx"
        try workbook.xlsxBytes().write(to: URL(fileURLWithPath: path))
        return try WorkbookFile(contentsOf: path)
    }

    static let sample: Workbook = {
        var results = WorkbookSheet(name: "결과", rows: [
            [.text("번호", style: .header), .text("예산", style: .header), .text("충족률", style: .header), .text("메모", style: .header)],
            [.text("P-1"), .won(Won(68_467_488)), .percent(ExactDecimal(significand: 873, scale: 1)), .text("=SUM(A1:A9)")],
            [.text(" 앞뒤 공백 "), .number(ExactDecimal(significand: 855, scale: 1), style: .decimal),
             WorkbookCell(.formula("B2*2", cached: ExactDecimal(136_934_976)), style: .won), .text("A & <B> \"q\"")],
        ])
        results.frozenRows = 1
        results.hasAutoFilter = true
        results.printsLandscapeFitToWidth = true
        results.printTitleRows = 1
        return Workbook(sheets: [results, WorkbookSheet(name: "코드 설명", rows: [[.text("E920")]])])
    }()

    @Test func valuesReadBackAsWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let book = try written(Self.sample)
        #expect(book.sheetNames == ["결과", "코드 설명"])
        let sheet = try book.sheet(named: "결과")
        let expected: [(String, WorksheetCell)] = [
            ("A1", WorksheetCell(kind: .text, text: "번호")),
            ("B2", WorksheetCell(kind: .number, text: "68467488")),
            ("C2", WorksheetCell(kind: .number, text: "0.873")),
            ("D2", WorksheetCell(kind: .text, text: "=SUM(A1:A9)")),
            ("A3", WorksheetCell(kind: .text, text: " 앞뒤 공백 ")),
            ("B3", WorksheetCell(kind: .number, text: "85.5")),
            ("C3", WorksheetCell(kind: .number, text: "136934976", isFormula: true)),
            ("D3", WorksheetCell(kind: .text, text: "A & <B> \"q\"")),
        ]
        for (reference, cell) in expected {
            #expect(sheet.cell(try #require(CellReference(reference))) == cell, "\(reference)")
        }
    }

    @Test func sheetSettingsAreWritten() throws {
        let parts = SpreadsheetMLWriter.package(Self.sample).parts
        let sheet = String(decoding: try #require(parts.first { $0.path == "xl/worksheets/sheet1.xml" }).bytes, as: UTF8.self)
        #expect(sheet.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:D3\"/>"))
        #expect(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        #expect(sheet.contains("<f>B2*2</f><v>136934976</v>"))
        let workbook = String(decoding: try #require(parts.first { $0.path == "xl/workbook.xml" }).bytes, as: UTF8.self)
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'결과'!$1:$1</definedName>"))
        let styles = String(decoding: try #require(parts.first { $0.path == "xl/styles.xml" }).bytes, as: UTF8.self)
        #expect(styles.contains("formatCode=\"0.0%\"") && styles.contains("formatCode=\"#,##0.##\""))
        #expect(styles.contains("<cellXfs count=\"\(WorkbookCellStyle.allCases.count)\">"))
    }

    @Test func sameWorkbookSameBytes() throws {
        #expect(try Self.sample.xlsxBytes() == Self.sample.xlsxBytes())
    }

    @Test(arguments: [
        (ExactDecimal(significand: 873, scale: 1), ExactDecimal(significand: 873, scale: 3)),
        (ExactDecimal(100), ExactDecimal(1)),
        (ExactDecimal(significand: 5, scale: 12), ExactDecimal(significand: 0, scale: 12)),
        (ExactDecimal(significand: 5_000, scale: 12), ExactDecimal(significand: 50, scale: 12)),
    ])
    func percentIsTheExactFraction(percent: ExactDecimal, fraction: ExactDecimal) {
        #expect(WorkbookCell.fraction(ofPercent: percent) == fraction)
    }
}
