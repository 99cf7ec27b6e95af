import DaegaEngine

/// Writes a ``Workbook`` as SpreadsheetML (Office Open XML) parts in a ``ZipPackage``: content types, relationships,
/// workbook (sheet names, print titles, filter ranges), styles and one worksheet per sheet.
///
/// Text goes in inline strings, numbers in `<v>` as exact decimal text, and formulas keep daega's value in `<v>`
/// beside `<f>`, so readers that do not recalculate (openpyxl, viewers) show daega's numbers.
public enum SpreadsheetMLWriter {
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// The package's parts in order.
    public static func package(_ workbook: Workbook) -> ZipPackage {
        var package = ZipPackage()
        package.add("[Content_Types].xml", text: contentTypes(sheetCount: workbook.sheets.count))
        package.add("_rels/.rels", text: declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        package.add("xl/workbook.xml", text: workbookPart(workbook))
        package.add("xl/_rels/workbook.xml.rels", text: workbookRelationships(sheetCount: workbook.sheets.count))
        package.add("xl/styles.xml", text: stylesPart())
        for (index, sheet) in workbook.sheets.enumerated() {
            package.add("xl/worksheets/sheet\(index + 1).xml", text: worksheet(sheet))
        }
        return package
    }

    private static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map { $0 + 1 }.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(sheets)</Types>
            """
    }

    private static func workbookPart(_ workbook: Workbook) -> String {
        var sheets = "", names = ""
        for (index, sheet) in workbook.sheets.enumerated() {
            sheets += "<sheet name=\"\(XMLEscaping.escape(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            let quoted = "'" + XMLEscaping.escape(sheet.name.replacingOccurrences(of: "'", with: "''")) + "'"
            if sheet.hasAutoFilter, let range = usedRange(sheet, absolute: true) {
                names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(quoted)!\(range)</definedName>"
            }
            if sheet.printTitleRows > 0 {
                names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(quoted)!$1:$\(sheet.printTitleRows)</definedName>"
            }
        }
        return declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>\(sheets)</sheets>"
            + (names.isEmpty ? "" : "<definedNames>\(names)</definedNames>")
            + "<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var relationships = (0..<sheetCount).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        relationships.append("<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>")
        return declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relationships.joined() + "</Relationships>"
    }

    private static func stylesPart() -> String {
        let formats = WorkbookCellStyle.customFormats.map {
            "<numFmt numFmtId=\"\($0.id)\" formatCode=\"\(XMLEscaping.escape($0.code))\"/>"
        }.joined()
        let font = "<name val=\"맑은 고딕\"/><family val=\"3\"/><charset val=\"129\"/>"
        let fonts = "<font><sz val=\"10\"/>\(font)</font><font><b/><sz val=\"10\"/>\(font)</font>"
            + "<font><b/><sz val=\"10\"/><color rgb=\"FFFFFFFF\"/>\(font)</font><font><b/><sz val=\"14\"/>\(font)</font>"
        let fills = "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + WorkbookCellStyle.fillColours.map { "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"\($0)\"/><bgColor indexed=\"64\"/></patternFill></fill>" }.joined()
        let thin = "<left style=\"thin\"><color rgb=\"FF8EA9DB\"/></left><right style=\"thin\"><color rgb=\"FF8EA9DB\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FF8EA9DB\"/></top><bottom style=\"thin\"><color rgb=\"FF8EA9DB\"/></bottom><diagonal/>"
        let borders = "<border><left/><right/><top/><bottom/><diagonal/></border><border>\(thin)</border>"
        let formatsOfCells = WorkbookCellStyle.allCases.map { style in
            var attributes = "numFmtId=\"\(style.numberFormatID)\" fontId=\"\(style.fontID)\" fillId=\"\(style.fillID)\" borderId=\"\(style.hasBorder ? 1 : 0)\" xfId=\"0\""
            if style.numberFormatID != 0 { attributes += " applyNumberFormat=\"1\"" }
            if style.fontID != 0 { attributes += " applyFont=\"1\"" }
            if style.fillID != 0 { attributes += " applyFill=\"1\"" }
            if style.hasBorder { attributes += " applyBorder=\"1\"" }
            guard style.wraps else { return "<xf \(attributes)/>" }
            return "<xf \(attributes) applyAlignment=\"1\"><alignment vertical=\"center\" wrapText=\"1\"/></xf>"
        }.joined()
        return declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
            + "<numFmts count=\"\(WorkbookCellStyle.customFormats.count)\">\(formats)</numFmts>"
            + "<fonts count=\"4\">\(fonts)</fonts><fills count=\"\(2 + WorkbookCellStyle.fillColours.count)\">\(fills)</fills>"
            + "<borders count=\"2\">\(borders)</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(WorkbookCellStyle.allCases.count)\">\(formatsOfCells)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    }

    /// `A1:K20` (or `$A$1:$K$20`) over the sheet's rows and widest row; `nil` for an empty sheet.
    static func usedRange(_ sheet: WorkbookSheet, absolute: Bool = false) -> String? {
        let columns = sheet.columnCount
        guard columns > 0 else { return nil }
        let last = CellReference.letters(ofColumn: columns)
        return absolute ? "$A$1:$\(last)$\(sheet.rows.count)" : "A1:\(last)\(sheet.rows.count)"
    }

    private static func worksheet(_ sheet: WorkbookSheet) -> String {
        var xml = declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        if sheet.printsLandscapeFitToWidth { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        if let range = usedRange(sheet) { xml += "<dimension ref=\"\(range)\"/>" }
        xml += "<sheetViews><sheetView workbookViewId=\"0\">"
        if sheet.frozenRows > 0 {
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        let widths = columnWidths(sheet)
        if !widths.isEmpty {
            xml += "<cols>" + widths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        let spans = rowSpans(sheet, widths: widths)
        for (rowIndex, row) in sheet.rows.enumerated() {
            let lines = wrappedLines(row, widths: widths, spans: spans[rowIndex + 1] ?? [:])
            xml += lines > 1 ? "<row r=\"\(rowIndex + 1)\" ht=\"\(lines * 13 + 2)\" customHeight=\"1\">" : "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                xml += cellXML(cell, at: CellReference(column: columnIndex + 1, row: rowIndex + 1))
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if sheet.hasAutoFilter, let range = usedRange(sheet) { xml += "<autoFilter ref=\"\(range)\"/>" }
        if !sheet.mergedRanges.isEmpty {
            xml += "<mergeCells count=\"\(sheet.mergedRanges.count)\">"
                + sheet.mergedRanges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        xml += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        xml += sheet.printsLandscapeFitToWidth
            ? "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            : "<pageSetup paperSize=\"9\" orientation=\"portrait\"/>"
        return xml + "</worksheet>"
    }

    private static func cellXML(_ cell: WorkbookCell, at reference: CellReference) -> String {
        let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.value {
        case .empty:
            return style.isEmpty ? "" : "<c r=\"\(reference)\"\(style)/>"
        case let .text(text):
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true ? " xml:space=\"preserve\"" : ""
            return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t\(preserve)>\(XMLEscaping.escape(text))</t></is></c>"
        case let .number(value):
            return "<c r=\"\(reference)\"\(style)><v>\(value)</v></c>"
        case let .formula(formula, cached):
            return "<c r=\"\(reference)\"\(style)><f>\(XMLEscaping.escape(formula))</f><v>\(cached)</v></c>"
        }
    }

    /// Each column's width: the given one, or the widest cell's display width (Hangul counts two) plus padding,
    /// between 6 and 50 characters, judged on the first ``widthSampleRows`` rows.
    private static func columnWidths(_ sheet: WorkbookSheet) -> [Double] {
        let sample = sheet.rows.prefix(widthSampleRows)
        return (0..<sheet.columnCount).map { column in
            if let given = sheet.columnWidths[column + 1] { return given }
            let widest = sample.reduce(0) { widest, row in
                guard column < row.count else { return widest }
                return max(widest, displayWidth(row[column]))
            }
            return Double(min(50, max(6, widest + 2)))
        }
    }

    /// How many rows column widths are judged on: enough for any real header and data, cheap for a long batch.
    static let widthSampleRows = 2_000

    /// The lines the row's wrapped cells need at their columns' widths (readers other than Excel do not grow rows
    /// for wrapped text themselves).
    /// - Parameter spans: the width of a cell merged across columns of its row, by 0-based column.
    private static func wrappedLines(_ row: [WorkbookCell], widths: [Double], spans: [Int: Double]) -> Int {
        row.enumerated().reduce(1) { lines, item in
            guard item.element.style.wraps, case let .text(text) = item.element.value, item.offset < widths.count else { return lines }
            let perLine = max(1, Int(spans[item.offset] ?? widths[item.offset]) - 1)
            return max(lines, (fullWidth(text) + perLine - 1) / perLine)
        }
    }

    /// For ranges merged across columns of one row: row (1-based) → first column (0-based) → the columns' width.
    private static func rowSpans(_ sheet: WorkbookSheet, widths: [Double]) -> [Int: [Int: Double]] {
        var spans: [Int: [Int: Double]] = [:]
        for range in sheet.mergedRanges {
            let ends = range.split(separator: ":")
            guard ends.count == 2, let first = CellReference(ends[0]), let last = CellReference(ends[1]),
                  first.row == last.row, last.column <= widths.count else { continue }
            spans[first.row, default: [:]][first.column - 1] = widths[(first.column - 1)..<last.column].reduce(0, +)
        }
        return spans
    }

    /// Display width of text: Hangul and other wide characters count two.
    private static func fullWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    private static func displayWidth(_ cell: WorkbookCell) -> Int {
        switch cell.value {
        case .empty: return 0
        case let .text(value):
            let width = fullWidth(value)
            return cell.style.wraps ? min(width, 40) : width
        case let .number(value), let .formula(_, value):
            return cell.style == .percent || cell.style == .inputPercent ? 6 : groupedWidth(value)
        }
    }

    /// The width of `value` written with thousands separators (`-1,234.5` is 8), from its digits alone.
    private static func groupedWidth(_ value: ExactDecimal) -> Int {
        var digits = 1, magnitude = value.significand.magnitude
        while magnitude >= 10 {
            magnitude /= 10
            digits += 1
        }
        let whole = max(1, digits - value.scale)
        return whole + (whole - 1) / 3 + (value.scale > 0 ? value.scale + 1 : 0) + (value.significand < 0 ? 1 : 0)
    }
}
