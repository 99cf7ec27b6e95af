import DaegaEngine
@testable import DaegaReports
import DaegaTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation

/// The memo as HWPX: the package layout 한글 expects, well-formed parts, and the same text and numbers as the model.
@Suite struct MemoHWPXTests {
    /// The package's parts by path, in archive order.
    static func parts(_ memo: ProjectMemo) throws -> [(path: String, text: String, compressed: Bool)] {
        let archive = try Archive(data: try MemoHWPX.render(memo), accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, String(decoding: data, as: UTF8.self), entry.isCompressed)
        }
    }

    /// Collects the text of every `hp:t` and counts elements, through Foundation's XML parser (so the part must be
    /// well-formed).
    final class SectionReader: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var counts: [String: Int] = [:]
        var attributes: [String: [[String: String]]] = [:]
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
            self.attributes[name, default: []].append(attributes)
            if name == "hp:t" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "hp:t", let text = current { texts.append(text) }
            current = nil
        }

        static func read(_ xml: String) throws -> SectionReader {
            let reader = SectionReader(), parser = XMLParser(data: Data(xml.utf8))
            parser.delegate = reader
            #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
            return reader
        }
    }

    /// Every text of the memo model in document order, as the HWPX writes it.
    static func expectedTexts(_ memo: ProjectMemo) -> [String] {
        func texts(_ blocks: [MemoBlock]) -> [String] {
            blocks.flatMap { block -> [String] in
                switch block {
                case let .item(level, text): ["\(level.marker) \(text)"]
                case let .note(text): ["※ \(text)"]
                case let .table(table): (table.unit.map { [$0] } ?? []) + ([table.columns.map(\.title)] + table.rows).flatMap { $0 }
                }
            }
        }
        var all = memo.header.approvalBox ? memo.header.approvalTitles(language: memo.language) + ["", "", ""] : []
        all += [memo.title, memo.header.projectName,
                memo.header.lines(language: memo.language).map { "\($0.label) \($0.value)" }.joined(separator: "   ")]
        for part in memo.body { all += ["\(part.number). \(part.title)"] + texts(part.blocks) }
        all += [""] + memo.enclosureLines
        for part in memo.attachments { all += [memo.attachmentHeading(part)] + texts(part.blocks) }
        return (all + [memo.colophon]).filter { !$0.isEmpty }
    }

    @Test(arguments: MemoFixture.samples, Language.allCases)
    func packageHoldsTheMemosTextInOrder(sample: String, language: Language) throws {
        let memo = try MemoFixture.memo(Repository.sample(sample + ".toml"), language: language)
        let parts = try Self.parts(memo)
        #expect(parts.map(\.path) == ["mimetype", "version.xml", "Contents/header.xml", "Contents/section0.xml", "Preview/PrvText.txt",
                                      "settings.xml", "META-INF/container.xml", "META-INF/manifest.xml", "Contents/content.hpf"])
        #expect(parts[0].text == "application/hwp+zip" && !parts[0].compressed)
        for part in parts where part.path.hasSuffix(".xml") || part.path.hasSuffix(".hpf") {
            #expect(part.text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>"#), "\(part.path)")
            _ = try SectionReader.read(part.text)
        }
        let section = try SectionReader.read(parts[3].text)
        #expect(section.texts.filter { !$0.isEmpty } == Self.expectedTexts(memo))
        #expect(section.counts["linesegarray"] == nil, "한글 lays the text out itself")
    }

    /// Page setup, page numbers, borders, shaded and repeated header rows, the 붙임 on a new page.
    @Test func layoutIsThatOfAnOfficialA4Document() throws {
        let memo = try MemoFixture.memo(Repository.sample("civil-complaint.toml"), language: .ko)
        let parts = try Self.parts(memo)
        let section = try SectionReader.read(parts[3].text)
        #expect(section.attributes["hp:pagePr"]?.first?["width"] == "59528" && section.attributes["hp:pagePr"]?.first?["height"] == "84186")
        #expect(section.attributes["hp:margin"]?.first == ["header": "2835", "footer": "2835", "gutter": "0", "left": "5669",
                                                           "right": "5669", "top": "4252", "bottom": "4252"])
        #expect(section.attributes["hp:pageNum"] == [["pos": "BOTTOM_CENTER", "formatType": "DIGIT", "sideChar": "-"]])
        let tables = memo.body.flatMap(\.blocks) + memo.attachments.flatMap(\.blocks)
        let tableCount = tables.filter { if case .table = $0 { true } else { false } }.count + 1 // + the 결재란
        #expect(section.counts["hp:tbl"] == tableCount)
        #expect(section.attributes["hp:tbl"]?.allSatisfy { $0["repeatHeader"] == "1" && $0["pageBreak"] == "CELL" } == true)
        let cells = section.attributes["hp:tc"] ?? []
        #expect(cells.allSatisfy { ($0["header"] == "1") == ($0["borderFillIDRef"] == "3") })
        #expect(cells.contains { $0["header"] == "1" } && cells.contains { $0["header"] == "0" && $0["borderFillIDRef"] == "2" })
        let breaks = section.attributes["hp:p"]?.filter { $0["pageBreak"] == "1" }
        #expect(breaks?.count == 1, "only the first 붙임 starts a new page")

        let header = try SectionReader.read(parts[2].text)
        #expect(header.attributes["hh:font"]?.prefix(2).map { $0["face"] } == ["함초롬바탕", "함초롬돋움"])
        #expect(header.attributes["hc:winBrush"]?.map { $0["faceColor"] } == ["#DDE3EC"])
        #expect(header.attributes["hh:leftBorder"]?.map { $0["type"] } == ["NONE", "SOLID", "SOLID"])
    }

    /// User text with markup stays text: escaped in the XML, read back unchanged; a control or bidirectional
    /// formatting character shows as a visible escape, as in the HTML and Markdown memos.
    @Test func userTextIsEscaped() throws {
        var memo = try MemoFixture.memo(Repository.sample("scm.toml"), language: .ko)
        memo.header.projectName = #"<script>alert("x")</script> & 'q' ]]> \#u{1B}[31m a\#u{202E}b\#u{2066}c"#
        let parts = try Self.parts(memo)
        #expect(!parts[3].text.contains("<script>"))
        #expect(!parts[3].text.unicodeScalars.contains { [0x1B, 0x202E, 0x2066].contains($0.value) })
        let section = try SectionReader.read(parts[3].text)
        #expect(section.texts.contains(#"<script>alert("x")</script> & 'q' ]]> \u{1B}[31m a\u{202E}b\u{2066}c"#))
    }

    @Test func theSameMemoIsTheSameBytes() throws {
        let memo = try MemoFixture.memo(Repository.sample("civil-complaint.toml"), language: .ko)
        #expect(try MemoHWPX.render(memo) == MemoHWPX.render(memo))
    }

    @Test(arguments: [
        ([MemoColumn("번호", numeric: true), MemoColumn("단계"), MemoColumn("결과", numeric: true)],
         [["1", "기능점수", "745.4"], ["14", "합계 (VAT 포함)", "747,579,185원"]], 48190, [3340, 36470, 8380]),
        ([MemoColumn("가"), MemoColumn("나")], [["짧음", "훨씬 더 긴 설명이 들어가는 칸"]], 10000, [1212, 8788]),
    ] as [([MemoColumn], [[String]], Int, [Int])])
    func numberColumnsAreAsWideAsTheirFigures(columns: [MemoColumn], rows: [[String]], total: Int, widths: [Int]) {
        #expect(OWPMLSection.columnWidths(columns, rows: rows, total: total) == widths)
        #expect(widths.reduce(0, +) == total)
    }
}
