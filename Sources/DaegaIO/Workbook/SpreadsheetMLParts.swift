import DaegaEngine

/// Reads the SpreadsheetML parts daega needs from their already unzipped bytes: the workbook's sheet list, the
/// relationships that name each sheet's part, the shared strings, which cell formats show dates, and worksheets.
///
/// Kept apart from the ZIP container so the XML layer can be fuzzed on its own.
public enum SpreadsheetMLParts {
    /// The most cells a sheet may hold.
    public static let maximumCells = 4_000_000

    /// The sheets in tab order: name and relationship id (`xl/workbook.xml`).
    public static func sheets(_ bytes: [UInt8], path: String) throws(DaegaError) -> [(name: String, relationship: String)] {
        var scanner = XMLScanner(bytes, part: "xl/workbook.xml", path: path)
        var sheets: [(String, String)] = []
        while let event = try scanner.next() {
            guard case let .start("sheet", attributes, _) = event else { continue }
            guard let name = attributes["name"], let relationship = attributes["id"] else {
                throw DaegaError(.workbookCorrupt, at: .file(path: path, line: nil, column: nil),
                                 "xl/workbook.xml의 시트 항목에 이름이나 관계 id가 없습니다", expected: "Excel이나 LibreOffice로 다시 저장한 .xlsx")
            }
            sheets.append((name, relationship))
        }
        return sheets
    }

    /// Relationship id → target, resolved against `base` (`xl/`): `worksheets/sheet1.xml` → `xl/worksheets/sheet1.xml`.
    public static func relationships(_ bytes: [UInt8], base: String, path: String) throws(DaegaError) -> [String: String] {
        var scanner = XMLScanner(bytes, part: "xl/_rels/workbook.xml.rels", path: path)
        var targets: [String: String] = [:]
        while let event = try scanner.next() {
            guard case let .start("Relationship", attributes, _) = event, let id = attributes["Id"],
                  let target = attributes["Target"] else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : base + target
        }
        return targets
    }

    /// The shared strings in order (`xl/sharedStrings.xml`): each item's text runs joined, phonetic runs left out.
    public static func sharedStrings(_ bytes: [UInt8], path: String) throws(DaegaError) -> [String] {
        var scanner = XMLScanner(bytes, part: "xl/sharedStrings.xml", path: path)
        var strings: [String] = [], current = "", phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case let .start(name, _, selfClosing):
                if name == "rPh", !selfClosing { phoneticDepth += 1 }
                if name == "t", !selfClosing, phoneticDepth == 0 { current += try scanner.elementText() }
                if name == "si", selfClosing { strings.append("") }
            case let .end(name):
                if name == "rPh" { phoneticDepth -= 1 }
                if name == "si" {
                    strings.append(current)
                    current = ""
                }
            case .text: break
            }
        }
        return strings
    }

    /// The indices of the cell formats (`cellXfs`) whose number format shows a date or time (`xl/styles.xml`).
    public static func dateStyles(_ bytes: [UInt8], path: String) throws(DaegaError) -> Set<Int> {
        var scanner = XMLScanner(bytes, part: "xl/styles.xml", path: path)
        var customCodes: [Int: String] = [:], formats: [Int] = [], inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case let .start("numFmt", attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { customCodes[id] = attributes["formatCode"] ?? "" }
            case let .start("cellXfs", _, selfClosing): inCellFormats = !selfClosing
            case .end("cellXfs"): inCellFormats = false
            case let .start("xf", attributes, _) where inCellFormats:
                formats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        return Set(formats.indices.filter { isDateFormat(formats[$0], code: customCodes[formats[$0]]) })
    }

    /// Whether number format `id` (with its code when custom) shows a date or time: the built-in date formats
    /// (14–22, 27–36, 45–47, 50–58, the last ones Korean and other East Asian dates) or a code with y, m, d, h or s
    /// outside quotes and brackets.
    public static func isDateFormat(_ id: Int, code: String?) -> Bool {
        if [14...22, 27...36, 45...47, 50...58].contains(where: { $0.contains(id) }) { return true }
        guard let code, id >= 164 else { return false }
        var inQuotes = false, inBrackets = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuotes.toggle()
            case "[" where !inQuotes: inBrackets = true
            case "]" where !inQuotes: inBrackets = false
            default:
                // A `where` clause binds only the last pattern of a list, so the letters are tested here.
                if !inQuotes, !inBrackets, "ymdhs".contains(character) { return true }
            }
        }
        return false
    }

    /// A worksheet part's cells (a merged range's value in each of its cells), merged ranges and validation ranges.
    /// - Parameters:
    ///   - bytes: the part's XML.
    ///   - name: the sheet's tab name.
    ///   - part: the part's path, for messages.
    ///   - sharedStrings: the workbook's shared strings.
    ///   - dateStyles: the cell formats that show dates.
    ///   - path: the workbook file, for messages.
    /// - Throws: `workbookCorrupt` for bad XML or a shared-string index out of range, `workbookTooLarge` past the
    ///   sheet limits (1,048,576 rows, 16,384 columns, ``maximumCells`` cells).
    public static func worksheet(_ bytes: [UInt8], name: String, part: String, sharedStrings: [String], dateStyles: Set<Int>,
                          path: String) throws(DaegaError) -> Worksheet {
        var scanner = XMLScanner(bytes, part: part, path: path)
        var sheet = Worksheet(name: name)
        var row = 0, column = 0, cellCount = 0
        func corrupt(_ what: String) -> DaegaError {
            DaegaError(.workbookCorrupt, at: .cell(path: path, sheet: name, reference: CellReference(column: max(1, column), row: max(1, row))),
                       what, expected: "Excel이나 LibreOffice로 다시 저장한 .xlsx")
        }
        while let event = try scanner.next() {
            guard case let .start(element, attributes, selfClosing) = event else { continue }
            switch element {
            case "row":
                if let number = attributes["r"] {
                    guard let parsed = Int(number), parsed > row, parsed <= CellReference.maximumRow else {
                        throw corrupt("행 번호 '\(number)'가 올바르지 않습니다 (앞 행 \(row) 다음, \(CellReference.maximumRow) 이하)")
                    }
                    row = parsed
                } else {
                    row += 1
                }
                column = 0
            case "c":
                if let reference = attributes["r"] {
                    guard let parsed = CellReference(reference), parsed.row == max(row, 1) else {
                        throw corrupt("셀 주소 '\(reference)'가 올바르지 않습니다")
                    }
                    column = parsed.column
                } else {
                    column += 1
                }
                guard row > 0, column <= CellReference.maximumColumn else { throw corrupt("행 밖이나 XFD 열 뒤의 셀") }
                guard !selfClosing else { continue }
                let cell = try readCell(&scanner, type: attributes["t"] ?? "n",
                                        isDate: attributes["s"].flatMap { Int($0) }.map(dateStyles.contains) ?? false,
                                        sharedStrings: sharedStrings, corrupt: corrupt)
                guard let cell else { continue }
                cellCount += 1
                guard cellCount <= maximumCells else {
                    throw DaegaError(.workbookTooLarge, at: .cell(path: path, sheet: name, reference: CellReference(column: column, row: row)),
                                     "시트 '\(name)'의 셀이 \(maximumCells)개를 넘습니다", expected: "셀 \(maximumCells)개 이하의 시트")
                }
                sheet.rows[row, default: [:]][column] = cell
            case "mergeCell":
                if let range = attributes["ref"].flatMap({ Worksheet.CellRange($0) }) { sheet.mergedRanges.append(range) }
            case "dataValidation":
                let ranges = (attributes["sqref"] ?? "").split(separator: " ").compactMap { Worksheet.CellRange($0) }
                sheet.validationRanges += ranges
            default: break
            }
        }
        try fillMergedCells(&sheet, cellCount: cellCount, path: path)
        return sheet
    }

    /// Copies each merged range's top-left value into the range's other cells, so that a cell is read by a plain
    /// lookup; the copies count toward ``maximumCells``, which bounds a range as large as the whole sheet.
    private static func fillMergedCells(_ sheet: inout Worksheet, cellCount: Int, path: String) throws(DaegaError) {
        var count = cellCount
        for range in sheet.mergedRanges {
            guard let value = sheet.rows[range.first.row]?[range.first.column] else { continue }
            let area = (range.last.row - range.first.row + 1) * (range.last.column - range.first.column + 1)
            guard count + area - 1 <= maximumCells else {
                throw DaegaError(.workbookTooLarge, at: .cell(path: path, sheet: sheet.name, reference: range.first),
                                 "시트 '\(sheet.name)'의 병합 범위까지 셀이 \(maximumCells)개를 넘습니다",
                                 expected: "셀 \(maximumCells)개 이하의 시트")
            }
            for row in range.first.row...range.last.row {
                for column in range.first.column...range.last.column where sheet.rows[row]?[column] == nil {
                    sheet.rows[row, default: [:]][column] = value
                    count += 1
                }
            }
        }
    }

    /// Reads a `<c>` element's children up to `</c>`; `nil` for a cell with no value.
    private static func readCell(_ scanner: inout XMLScanner, type: String, isDate: Bool, sharedStrings: [String],
                                 corrupt: (String) -> DaegaError) throws(DaegaError) -> WorksheetCell? {
        var value: String?, inline: String?, isFormula = false
        while let event = try scanner.next() {
            switch event {
            case let .start("v", _, selfClosing): value = selfClosing ? "" : try scanner.elementText()
            case let .start("f", _, selfClosing):
                isFormula = true
                if !selfClosing { _ = try scanner.elementText() }
            case let .start("is", _, selfClosing): inline = selfClosing ? "" : try inlineText(&scanner)
            case .end("c"):
                switch type {
                case "s":
                    guard let value else { return nil }
                    guard let index = Int(String(value.trimmingWhiteSpace)), sharedStrings.indices.contains(index) else {
                        throw corrupt("공유 문자열 번호 '\(value)'가 범위(0~\(sharedStrings.count - 1)) 밖입니다")
                    }
                    return WorksheetCell(kind: .text, text: sharedStrings[index], isFormula: isFormula)
                case "inlineStr": return inline.map { WorksheetCell(kind: .text, text: $0, isFormula: isFormula) }
                case "str": return value.map { WorksheetCell(kind: .text, text: $0, isFormula: isFormula) }
                case "b": return value.map { WorksheetCell(kind: .boolean, text: $0 == "1" ? "TRUE" : "FALSE", isFormula: isFormula) }
                case "e": return value.map { WorksheetCell(kind: .error, text: $0, isFormula: isFormula) }
                case "d": return value.map { WorksheetCell(kind: .date, text: $0, isFormula: isFormula) }
                default:
                    guard let value, !value.isEmpty else { return isFormula ? WorksheetCell(kind: .number, text: "", isFormula: true) : nil }
                    guard WorksheetCell.plainDecimal(String(value.trimmingWhiteSpace)) != nil else { throw corrupt("수 셀의 값 '\(value)'가 수가 아닙니다") }
                    return WorksheetCell(kind: isDate ? .date : .number, text: String(value.trimmingWhiteSpace), isFormula: isFormula)
                }
            default: break
            }
        }
        throw corrupt("닫히지 않은 셀")
    }

    /// The text of an `<is>` element: its `<t>` runs, phonetic runs left out.
    private static func inlineText(_ scanner: inout XMLScanner) throws(DaegaError) -> String {
        var text = "", phoneticDepth = 0
        while let event = try scanner.next() {
            switch event {
            case let .start(name, _, selfClosing):
                if name == "rPh", !selfClosing { phoneticDepth += 1 }
                if name == "t", !selfClosing, phoneticDepth == 0 { text += try scanner.elementText() }
            case .end("rPh"): phoneticDepth -= 1
            case .end("is"): return text
            default: break
            }
        }
        return text
    }
}
