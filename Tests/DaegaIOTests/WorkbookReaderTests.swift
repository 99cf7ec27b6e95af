import DaegaEngine
@testable import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// daega's SpreadsheetML reader: cell references, number text, date formats, the XML scanner, and every kind of
/// bad workbook refused with its code and place.
@Suite struct WorkbookReaderTests {
    @Test(arguments: [("A1", 1, 1), ("Z7", 26, 7), ("AA10", 27, 10), ("$B$7", 2, 7), ("xfd1048576", 16_384, 1_048_576)])
    func cellReferences(text: String, column: Int, row: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference == CellReference(column: column, row: row))
        #expect(reference.description == text.uppercased().replacingOccurrences(of: "$", with: ""))
    }

    @Test(arguments: ["", "A", "7", "A0", "1A", "XFE1", "A1048577", "가1"])
    func badCellReferences(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test(arguments: [("68467488", "68467488"), ("6.8467488E7", "68467488"), ("1.5E3", "1500"), ("-2.5E-2", "-0.025"),
                      ("0.873", "0.873"), ("1E-3", "0.001"), ("-0E5", "0")])
    func numbersAsPlainDecimals(stored: String, plain: String) {
        #expect(WorksheetCell.plainDecimal(stored) == plain)
    }

    @Test(arguments: [(14, nil, true), (22, nil, true), (57, nil, true), (0, nil, false), (3, nil, false),
                      (164, "yyyy-mm-dd", true), (164, "#,##0", false), (165, "0.0%", false),
                      (166, "[Red]#,##0", false), (167, "\"일\"#,##0", false), (168, "h:mm", true)])
    func dateFormats(id: Int, code: String?, isDate: Bool) {
        #expect(SpreadsheetMLParts.isDateFormat(id, code: code) == isDate)
    }

    @Test func scannerDecodesReferencesAndSkipsMarkup() throws {
        let xml = "<?xml version=\"1.0\"?><!-- note --><x:a b='1 &amp; 2'>&lt;&#44032;&#x41;<![CDATA[<c>]]><d/></x:a>"
        var scanner = XMLScanner(Array(xml.utf8), part: "p", path: "f.xlsx")
        var events: [XMLScanner.Event] = []
        while let event = try scanner.next() { events.append(event) }
        #expect(events == [.start(name: "a", attributes: ["b": "1 & 2"], selfClosing: false), .text("<가A"), .text("<c>"),
                           .start(name: "d", attributes: [:], selfClosing: true), .end(name: "a")])
    }

    @Test(arguments: ["<a b=1/>", "<a", "<a>&nope;</a>", "<a b=\"x></a>", "<!-- open"])
    func scannerRefusesBrokenXML(xml: String) {
        var scanner = XMLScanner(Array(xml.utf8), part: "p", path: "f.xlsx")
        #expect(throws: DaegaError.self) { while try scanner.next() != nil {} }
    }

    @Test func sharedStringsLeavePhoneticRunsOut() throws {
        let xml = "<sst><si><t>고객</t></si><si><r><t>데이</t></r><r><t>터</t></r><rPh><t>でーた</t></rPh></si><si/></sst>"
        #expect(try SpreadsheetMLParts.sharedStrings(Array(xml.utf8), path: "f.xlsx") == ["고객", "데이터", ""])
    }

    @Test func worksheetCellsMergesAndValidation() throws {
        let xml = """
            <worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45000</v></c><c t="b"><v>1</v></c>\
            <c r="E2"><f>1+1</f><v>2</v></c><c r="F2" t="e"><v>#DIV/0!</v></c></row></sheetData>\
            <mergeCells><mergeCell ref="A2:A4"/></mergeCells><dataValidations><dataValidation sqref="E8:E32 G1"/></dataValidations></worksheet>
            """
        let sheet = try SpreadsheetMLParts.worksheet(Array(xml.utf8), name: "S", part: "p", sharedStrings: ["가", "나"],
                                                     dateStyles: [1], path: "f.xlsx")
        #expect(sheet.cell(CellReference(column: 1, row: 4)) == WorksheetCell(kind: .text, text: "나"))
        #expect(sheet.cell(CellReference(column: 2, row: 2)) == WorksheetCell(kind: .date, text: "45000"))
        #expect(sheet.cell(CellReference(column: 3, row: 2)) == WorksheetCell(kind: .boolean, text: "TRUE"))
        #expect(sheet.cell(CellReference(column: 5, row: 2)) == WorksheetCell(kind: .number, text: "2", isFormula: true))
        #expect(sheet.cell(CellReference(column: 6, row: 2))?.kind == .error)
        #expect(sheet.validationRanges.map(\.last) == [CellReference(column: 5, row: 32), CellReference(column: 7, row: 1)])
    }

    @Test(arguments: [
        ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row></sheetData></worksheet>", ErrorCode.workbookCorrupt),
        ("<worksheet><sheetData><row r=\"2\"/><row r=\"1\"/></sheetData></worksheet>", .workbookCorrupt),
        ("<worksheet><sheetData><row r=\"1\"><c r=\"B2\"><v>1</v></c></row></sheetData></worksheet>", .workbookCorrupt),
        ("<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>abc</v></c></row></sheetData></worksheet>", .workbookCorrupt),
        ("<worksheet><sheetData><row r=\"1048577\"/></sheetData></worksheet>", .workbookCorrupt),
    ])
    func badWorksheets(xml: String, code: ErrorCode) {
        #expect {
            _ = try SpreadsheetMLParts.worksheet(Array(xml.utf8), name: "S", part: "p", sharedStrings: ["가"], dateStyles: [], path: "f.xlsx")
        } throws: { ($0 as? DaegaError)?.code == code }
    }

    @Test(arguments: [("docs/error-examples/not-a-zip.xlsx", ErrorCode.workbookCorrupt),
                      ("docs/error-examples/encrypted.xlsx", .workbookEncrypted),
                      ("docs/error-examples/oversized-part.xlsx", .workbookTooLarge),
                      ("docs/no-such.xlsx", .fileNotFound)])
    func badWorkbookFiles(path: String, code: ErrorCode) {
        let full = Repository.root + "/" + path
        #expect {
            let book = try WorkbookFile(contentsOf: full)
            _ = try book.sheet(named: book.sheetNames[0])
        } throws: { error in
            guard let error = error as? DaegaError else { return false }
            return error.code == code && error.location == .file(path: full, line: nil, column: nil)
        }
    }

    @Test func missingSheetListsTheSheets() throws {
        let book = try WorkbookFile(contentsOf: Repository.root + "/samples/portfolio.xlsx")
        #expect {
            _ = try book.sheet(named: "없는 시트")
        } throws: { error in
            (error as? DaegaError)?.code == .workbookSheetNotFound && (error as? DaegaError)?.message.contains("'포트폴리오'") == true
        }
    }

    @Test func readingNeverWritesTheWorkbook() throws {
        let path = Repository.root + "/samples/scm-fp-detailed.xlsx"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let book = try WorkbookFile(contentsOf: path)
        _ = try book.sheet(named: "FP산정")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
    }
}
