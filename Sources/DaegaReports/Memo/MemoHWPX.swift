import DaegaEngine
import Foundation

/// Renders a memo as HWPX (OWPML, KS X 6101), the format 한글 files in: the same header block, 개조식 items, tables
/// (borders, shaded header rows repeated on every page) and 붙임 as the HTML, on A4 with `- n -` page numbers.
public enum MemoHWPX {
    /// The memo as an HWPX package's bytes.
    /// - Throws: ZIPFoundation's error when the in-memory archive cannot be written (not expected).
    public static func render(_ memo: ProjectMemo) throws -> Data {
        let section = section(memo)
        var package = ZipPackage()
        package.add("mimetype", text: OWPMLPackage.mimetype, storage: .stored)
        package.add("version.xml", text: OWPMLPackage.version)
        package.add("Contents/header.xml", text: OWPMLHeader.xml)
        package.add("Contents/section0.xml", text: section.xml)
        package.add("Preview/PrvText.txt", text: String(section.plainText.joined(separator: "\r\n").prefix(1_000)))
        package.add("settings.xml", text: OWPMLPackage.settings)
        package.add("META-INF/container.xml", text: OWPMLPackage.container)
        package.add("META-INF/manifest.xml", text: OWPMLPackage.manifest)
        package.add("Contents/content.hpf", text: OWPMLPackage.content(title: "\(memo.title) — \(memo.header.projectName)",
                                                                       language: memo.language.rawValue,
                                                                       date: "\(memo.header.writtenOn)"))
        return try package.archiveBytes()
    }

    /// The memo's one section: header block, body, 붙임 list, then each 붙임 (the first on a new page).
    static func section(_ memo: ProjectMemo) -> OWPMLSection {
        var section = OWPMLSection()
        if memo.header.approvalBox {
            let titles = memo.header.approvalTitles(language: memo.language)
            section.table(titles.map { MemoColumn($0) }, rows: [titles.map { _ in "" }], in: .right,
                          width: OWPMLUnits.millimetres(16) * titles.count, rowHeight: OWPMLUnits.millimetres(12))
        }
        section.paragraph(memo.title, .centered, .title)
        section.paragraph(memo.header.projectName, .centered, .subject)
        section.paragraph(memo.header.lines(language: memo.language).map { "\($0.label) \($0.value)" }.joined(separator: "   "), .plain, .small)
        for part in memo.body {
            section.paragraph("\(part.number). \(part.title)", .heading, .heading)
            for block in part.blocks { add(block, to: &section) }
        }
        section.paragraph("", .plain, .body)
        for line in memo.enclosureLines { section.paragraph(line, .plain, .body) }
        for (offset, part) in memo.attachments.enumerated() {
            section.paragraph(memo.attachmentHeading(part), .heading, .heading, pageBreak: offset == 0)
            for block in part.blocks { add(block, to: &section) }
        }
        section.paragraph(memo.colophon, .plain, .small)
        return section
    }

    static func add(_ block: MemoBlock, to section: inout OWPMLSection) {
        switch block {
        case let .item(level, text):
            let shape: OWPMLParagraph = switch level {
            case .topic: .topic
            case .point: .point
            case .detail: .detail
            }
            section.paragraph("\(level.marker) \(text)", shape, .body)
        case let .note(text): section.paragraph("※ \(text)", .note, .small)
        case let .table(table):
            if let unit = table.unit { section.paragraph(unit, .right, .small) }
            section.table(table.columns, rows: table.rows)
        }
    }
}
