import DaegaEngine
import DaegaIO

// Target `workbook-xml`: bytes as the unzipped XML parts of a workbook (a worksheet, the shared strings, the
// styles, the workbook's sheet list and relationships), through daega's own SpreadsheetML reader. The ZIP layer
// is ZIPFoundation's; what daega parses itself is the XML.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbookXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzBody(data, size) { bytes in
        expectOnlyDaegaErrors {
            let sheet = try SpreadsheetMLParts.worksheet(bytes, name: "시트", part: "xl/worksheets/sheet1.xml",
                                                         sharedStrings: ["가", "b"], dateStyles: [1], path: "fuzz.xlsx")
            let cells = sheet.rows.values.reduce(0) { $0 + $1.count }
            fuzzRequire(cells <= SpreadsheetMLParts.maximumCells, "a sheet kept \(cells) cells, over the limit")
            for (row, columns) in sheet.rows {
                fuzzRequire((1...CellReference.maximumRow).contains(row), "row \(row) outside a sheet")
                for column in columns.keys {
                    fuzzRequire((1...CellReference.maximumColumn).contains(column), "column \(column) outside a sheet")
                }
            }
        }
        expectOnlyDaegaErrors { _ = try SpreadsheetMLParts.sharedStrings(bytes, path: "fuzz.xlsx") }
        expectOnlyDaegaErrors { _ = try SpreadsheetMLParts.dateStyles(bytes, path: "fuzz.xlsx") }
        expectOnlyDaegaErrors { _ = try SpreadsheetMLParts.sheets(bytes, path: "fuzz.xlsx") }
        expectOnlyDaegaErrors { _ = try SpreadsheetMLParts.relationships(bytes, base: "xl/", path: "fuzz.xlsx") }
    }
}
