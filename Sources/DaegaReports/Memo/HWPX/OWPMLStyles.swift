/// The character shapes daega's `header.xml` defines; a run refers to one by its ID.
enum OWPMLCharacter: Int, CaseIterable {
    /// 11 pt 함초롬바탕: the 개조식 items.
    case body = 0
    /// 9 pt 함초롬돋움: table cells, notes, the header lines and unit lines.
    case small
    /// 9 pt 함초롬돋움 bold: table header rows.
    case smallBold
    /// 20 pt 함초롬돋움 bold: the memo's title.
    case title
    /// 13 pt 함초롬돋움 bold: section headings.
    case heading
    /// 12 pt 함초롬바탕 bold: the project's name under the title.
    case subject

    /// The size in HWPUNIT (1 pt = 100).
    var height: Int {
        switch self {
        case .body: 1100
        case .small, .smallBold: 900
        case .title: 2000
        case .heading: 1300
        case .subject: 1200
        }
    }

    /// Whether the shape is bold.
    var isBold: Bool { [.smallBold, .title, .heading, .subject].contains(self) }

    /// The font's ID in every language's font list: 0 함초롬바탕, 1 함초롬돋움.
    var font: Int { [.body, .subject].contains(self) ? 0 : 1 }
}

/// The paragraph shapes daega's `header.xml` defines; a paragraph refers to one by its ID.
enum OWPMLParagraph: Int, CaseIterable {
    /// Left-aligned text without indent (header lines, the 붙임 list).
    case plain = 0
    /// □ items: hanging indent for the marker.
    case topic
    /// ○ items: one step in, hanging indent.
    case point
    /// - items: two steps in, hanging indent.
    case detail
    /// Centred (the title, the project's name).
    case centered
    /// Right-aligned (unit lines, the 결재란).
    case right
    /// A table cell's text.
    case cellLeft
    /// A table cell's number.
    case cellRight
    /// A table header cell.
    case cellCenter
    /// A section heading, kept with the next paragraph.
    case heading
    /// A ※ note, indented like a ○ item.
    case note

    /// `LEFT`, `RIGHT` or `CENTER` (items are left-aligned: justifying lines of long numbers leaves wide gaps).
    var alignment: String {
        switch self {
        case .centered, .cellCenter: "CENTER"
        case .right, .cellRight: "RIGHT"
        case .plain, .cellLeft, .heading, .topic, .point, .detail, .note: "LEFT"
        }
    }

    /// The left margin in HWPUNIT.
    var left: Int {
        switch self {
        case .topic: 1600
        case .point, .note: 3200
        case .detail: 4600
        default: 0
        }
    }

    /// The first line's indent in HWPUNIT (negative: a hanging indent that leaves room for the marker).
    var indent: Int {
        switch self {
        case .topic, .point: -1600
        case .detail: -1200
        default: 0
        }
    }

    /// The space above the paragraph in HWPUNIT.
    var spaceBefore: Int {
        switch self {
        case .heading: 1400
        case .topic: 600
        case .point, .detail, .note: 200
        default: 0
        }
    }

    /// The line spacing in percent of the font size.
    var lineSpacing: Int { [.cellLeft, .cellRight, .cellCenter].contains(self) ? 130 : 160 }

    /// Whether the paragraph stays on the same page as the next one.
    var keepsWithNext: Bool { self == .heading }
}

/// The border-and-fill shapes daega's `header.xml` defines; tables and cells refer to them by ID (from 1).
enum OWPMLBorderFill: Int, CaseIterable {
    /// No border, no fill (the page, characters).
    case none = 1
    /// A table cell: thin solid black borders.
    case cell
    /// A table header cell: the same borders, shaded blue-grey.
    case headerCell

    /// The fill colour, when shaded.
    var fill: String? { self == .headerCell ? "#DDE3EC" : nil }

    /// Whether the four borders are drawn.
    var hasBorders: Bool { self != .none }
}
