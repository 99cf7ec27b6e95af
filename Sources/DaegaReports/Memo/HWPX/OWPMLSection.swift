/// Builds `Contents/section0.xml`: paragraphs and tables in document order, the first paragraph carrying the A4 page
/// setup and the `- n -` page number, without line layout (`linesegarray`), so 한글 lays the text out itself.
struct OWPMLSection {
    private var body = ""
    private var nextParagraphID = 0
    private var nextTableID = 1
    /// The document's text, one line per paragraph or table row, for `Preview/PrvText.txt`.
    private(set) var plainText: [String] = []

    /// Starts a section whose first paragraph sets the page (A4 portrait, margins) and a page number at the bottom
    /// centre between dashes.
    init() {
        let m = (OWPMLUnits.marginLeft, OWPMLUnits.marginRight, OWPMLUnits.marginTop, OWPMLUnits.marginBottom,
                 OWPMLUnits.header, OWPMLUnits.footer)
        let setup = #"<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" masterPageCnt="0">"#
            + #"<hp:startNum pageStartsOn="BOTH" page="0" pic="0" tbl="0" equation="0"/><hp:grid lineGrid="0" charGrid="0" wonggojiFormat="0"/>"#
            + #"<hp:visibility hideFirstHeader="0" hideFirstFooter="0" hideFirstMasterPage="0" border="SHOW_ALL" fill="SHOW_ALL" hideFirstPageNum="0" hideFirstEmptyLine="0" showLineNumber="0"/>"#
            + #"<hp:lineNumberShape restartType="0" countBy="0" distance="0" startNumber="0"/>"#
            + #"<hp:pagePr landscape="WIDELY" width="\#(OWPMLUnits.pageWidth)" height="\#(OWPMLUnits.pageHeight)" gutterType="LEFT_ONLY">"#
            + #"<hp:margin header="\#(m.4)" footer="\#(m.5)" gutter="0" left="\#(m.0)" right="\#(m.1)" top="\#(m.2)" bottom="\#(m.3)"/></hp:pagePr>"#
            + ##"<hp:footNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="-1" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="283" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="EACH_COLUMN" beneathText="0"/></hp:footNotePr>"##
            + ##"<hp:endNotePr><hp:autoNumFormat type="DIGIT" userChar="" prefixChar="" suffixChar=")" supscript="0"/><hp:noteLine length="14692344" type="SOLID" width="0.12 mm" color="#000000"/><hp:noteSpacing betweenNotes="0" belowLine="567" aboveLine="850"/><hp:numbering type="CONTINUOUS" newNum="1"/><hp:placement place="END_OF_DOCUMENT" beneathText="0"/></hp:endNotePr>"##
            + ["BOTH", "EVEN", "ODD"].map { #"<hp:pageBorderFill type="\#($0)" borderFillIDRef="\#(OWPMLBorderFill.none.rawValue)" textBorder="PAPER" headerInside="0" footerInside="0" fillArea="PAPER"><hp:offset left="1417" right="1417" top="1417" bottom="1417"/></hp:pageBorderFill>"# }.joined()
            + "</hp:secPr>"
        let columns = #"<hp:ctrl><hp:colPr id="" type="NEWSPAPER" layout="LEFT" colCount="1" sameSz="1" sameGap="0"/></hp:ctrl>"#
        let pageNumber = #"<hp:ctrl><hp:pageNum pos="BOTTOM_CENTER" formatType="DIGIT" sideChar="-"/></hp:ctrl>"#
        body = paragraphOpen(.plain) + #"<hp:run charPrIDRef="\#(OWPMLCharacter.small.rawValue)">"# + setup + columns + pageNumber
            + "</hp:run></hp:p>"
    }

    /// The part's XML.
    var xml: String { OWPMLNamespaces.declaration + "<hs:sec\(OWPMLNamespaces.attributes)>" + body + "</hs:sec>" }

    /// Appends a paragraph of one run of text.
    /// - Parameters:
    ///   - text: the text (user text is escaped here).
    ///   - shape: the paragraph shape.
    ///   - character: the character shape.
    ///   - pageBreak: whether the paragraph starts a new page.
    mutating func paragraph(_ text: String, _ shape: OWPMLParagraph, _ character: OWPMLCharacter, pageBreak: Bool = false) {
        body += paragraphOpen(shape, pageBreak: pageBreak) + run(text, character) + "</hp:p>"
        plainText.append(text)
    }

    /// Appends a table in a paragraph of its own: borders on every cell, the header row shaded and repeated on each
    /// page the table spans, numbers right-aligned, column widths by content.
    /// - Parameters:
    ///   - columns: the header row.
    ///   - rows: the body rows, one cell per column.
    ///   - shape: the paragraph holding the table (its alignment places the table).
    ///   - width: the table's width; the text width by default.
    ///   - rowHeight: each row's minimum height.
    mutating func table(_ columns: [MemoColumn], rows: [[String]], in shape: OWPMLParagraph = .plain,
                        width: Int = OWPMLUnits.textWidth, rowHeight: Int = 1_200) {
        let widths = Self.columnWidths(columns, rows: rows, total: width)
        let all = [columns.map(\.title)] + rows
        var xml = #"<hp:tbl id="\#(nextTableID)" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="\#(all.count)" colCnt="\#(columns.count)" cellSpacing="0" borderFillIDRef="\#(OWPMLBorderFill.cell.rawValue)" noAdjust="0">"#
        nextTableID += 1
        xml += #"<hp:sz width="\#(widths.reduce(0, +))" widthRelTo="ABSOLUTE" height="\#(rowHeight * all.count)" heightRelTo="ABSOLUTE" protect="0"/>"#
        xml += #"<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>"#
        xml += #"<hp:outMargin left="0" right="0" top="0" bottom="141"/><hp:inMargin left="425" right="425" top="141" bottom="141"/>"#
        for (rowIndex, cells) in all.enumerated() {
            let isHeader = rowIndex == 0
            xml += "<hp:tr>"
            for (columnIndex, (column, text)) in zip(columns, cells).enumerated() {
                let fill = isHeader ? OWPMLBorderFill.headerCell : .cell
                let shape: OWPMLParagraph = isHeader ? .cellCenter : column.isNumeric ? .cellRight : .cellLeft
                xml += #"<hp:tc name="" header="\#(isHeader ? 1 : 0)" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="\#(fill.rawValue)">"#
                xml += #"<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">"#
                xml += paragraphOpen(shape) + run(text, isHeader ? .smallBold : .small) + "</hp:p></hp:subList>"
                xml += #"<hp:cellAddr colAddr="\#(columnIndex)" rowAddr="\#(rowIndex)"/><hp:cellSpan colSpan="1" rowSpan="1"/>"#
                xml += #"<hp:cellSz width="\#(widths[columnIndex])" height="\#(rowHeight)"/><hp:cellMargin left="425" right="425" top="141" bottom="141"/></hp:tc>"#
            }
            xml += "</hp:tr>"
            plainText.append(cells.joined(separator: "\t"))
        }
        xml += "</hp:tbl>"
        body += paragraphOpen(shape) + #"<hp:run charPrIDRef="\#(OWPMLCharacter.small.rawValue)">"# + xml + "<hp:t/></hp:run></hp:p>"
    }

    /// Column widths that add up to `total`: a number column is as wide as its widest figure (numbers never wrap);
    /// text columns share the rest by their widest text (Hangul counts double), each counted as 4 to 40 characters.
    /// When the figures alone would not fit, every column shares `total` by its widest text.
    static func columnWidths(_ columns: [MemoColumn], rows: [[String]], total: Int) -> [Int] {
        let widest = columns.indices.map { index in ([columns[index].title] + rows.map { $0[index] }).map(displayWidth).max() ?? 0 }
        let figureWidths = columns.indices.map { columns[$0].isNumeric ? widest[$0] * halfWidthCharacter + cellPadding : 0 }
        let textWeights = columns.indices.map { columns[$0].isNumeric ? 0 : min(max(widest[$0], 4), 40) }
        let textSpace = total - figureWidths.reduce(0, +)
        var widths: [Int]
        if textSpace >= textWeights.filter({ $0 > 0 }).count * minimumTextColumn {
            let weightSum = max(textWeights.reduce(0, +), 1)
            widths = columns.indices.map { columns[$0].isNumeric ? figureWidths[$0] : textSpace * textWeights[$0] / weightSum }
        } else {
            let weights = widest.map { max($0, 4) }, sum = weights.reduce(0, +)
            widths = weights.map { total * $0 / sum }
        }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    /// The width of one half-width character of the 9 pt table font, with a little to spare.
    static let halfWidthCharacter = 560
    /// A cell's left and right padding (425 each) and a margin for the border.
    static let cellPadding = 1_100
    /// The narrowest a text column may become beside number columns.
    static let minimumTextColumn = OWPMLUnits.millimetres(12)

    /// The width of `text` in half-width characters: Hangul and other wide characters count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    private mutating func paragraphOpen(_ shape: OWPMLParagraph, pageBreak: Bool = false) -> String {
        defer { nextParagraphID += 1 }
        return #"<hp:p id="\#(nextParagraphID)" paraPrIDRef="\#(shape.rawValue)" styleIDRef="0" pageBreak="\#(pageBreak ? 1 : 0)" columnBreak="0" merged="0">"#
    }

    /// One run of `text`: line breaks become spaces, and each control or bidirectional formatting character a visible
    /// `\u{…}` escape (as in the HTML and Markdown memos), so user text can neither hide nor reorder what surrounds it.
    private func run(_ text: String, _ character: OWPMLCharacter) -> String {
        let visible = text.escapingCharacters { character, _ in
            switch character {
            case "\r\n", "\n", "\r": " "
            case "\t": nil
            default: character.visibleControlEscape
            }
        }
        let escaped = XMLEscaping.escape(visible)
        return #"<hp:run charPrIDRef="\#(character.rawValue)">"# + (escaped.isEmpty ? "<hp:t/>" : "<hp:t>\(escaped)</hp:t>") + "</hp:run>"
    }
}
