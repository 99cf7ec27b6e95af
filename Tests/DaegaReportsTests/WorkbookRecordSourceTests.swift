import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation
import Testing

/// A portfolio sheet read as batch records: numbers as plain digits, and a formula, date, error or boolean in a
/// number column refused at its cell; a row error is placed on its cell.
@Suite struct WorkbookRecordSourceTests {
    let folder = NSTemporaryDirectory() + "daega-record-source-" + UUID().uuidString

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    /// A one-sheet workbook with `cells` as the XML of row 2 (under the header `id,name,budget`); style 1 is a date.
    func workbook(row2 cells: String) throws -> String {
        var package = ZipPackage()
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        package.add("xl/workbook.xml", text: "<workbook xmlns=\"\(main)\" xmlns:r=\"r\"><sheets><sheet name=\"사업\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
        package.add("xl/_rels/workbook.xml.rels", text: "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
        package.add("xl/styles.xml", text: "<styleSheet><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>")
        package.add("xl/worksheets/sheet1.xml", text: """
            <worksheet xmlns="\(main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c>\
            <c r="B1" t="inlineStr"><is><t>name</t></is></c><c r="C1" t="inlineStr"><is><t>budget</t></is></c></row>\
            <row r="2">\(cells)</row></sheetData></worksheet>
            """)
        let path = folder + "/book.xlsx"
        try package.archiveBytes().write(to: URL(fileURLWithPath: path))
        return path
    }

    func records(_ path: String) throws -> [CSVRecord] {
        let source = try WorkbookRecordSource(workbook: try WorkbookFile(contentsOf: path), sheet: nil)
        var records: [CSVRecord] = []
        while let record = try source.next() { records.append(record) }
        return records
    }

    @Test func numbersReadAsPlainDigits() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try workbook(row2: "<c r=\"A2\" t=\"inlineStr\"><is><t>P-1</t></is></c><c r=\"B2\" s=\"1\"><v>45000</v></c><c r=\"C2\"><v>7.8E8</v></c>")
        let rows = try records(path)
        #expect(rows.map(\.fields) == [["id", "name", "budget"], ["P-1", "45000", "780000000"]])
        #expect(rows.map(\.line) == [1, 2])
    }

    @Test(arguments: [("<c r=\"C2\" s=\"1\"><v>45000</v></c>", "날짜"), ("<c r=\"C2\"><f>A1*2</f><v>10</v></c>", "수식"),
                      ("<c r=\"C2\" t=\"e\"><v>#REF!</v></c>", "#REF!"), ("<c r=\"C2\" t=\"b\"><v>1</v></c>", "참/거짓")])
    func nonNumberInAnAmountColumn(cell: String, word: String) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try workbook(row2: "<c r=\"A2\" t=\"inlineStr\"><is><t>P-1</t></is></c>" + cell)
        #expect {
            _ = try records(path)
        } throws: { error in
            guard let error = error as? DaegaError else { return false }
            return error.code == .workbookCellType && error.message.contains(word)
                && error.location == .cell(path: path, sheet: "사업", reference: CellReference("C2")!)
        }
    }

    @Test func rowErrorsArePlacedOnTheirCell() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try workbook(row2: "<c r=\"A2\" t=\"inlineStr\"><is><t>P-1</t></is></c>")
        let source = try WorkbookRecordSource(workbook: try WorkbookFile(contentsOf: path), sheet: nil)
        let error = DaegaError(.notANumber, at: .file(path: path, line: 2, column: 3), "수가 아닙니다")
        #expect(source.place(error).location == .cell(path: path, sheet: "사업", reference: CellReference("C2")!))
        #expect(source.place(error).description.hasPrefix("\(path):사업!C2: error:"))
    }
}
