import DaegaReports
import Foundation
import Testing
import ZIPFoundation

@Suite struct ZipPackageTests {
    private func sample() -> ZipPackage {
        var package = ZipPackage()
        package.add("mimetype", text: "application/hwp+zip", storage: .stored)
        package.add("Contents/section0.xml", text: String(repeating: "<hp:p>가나다</hp:p>", count: 200))
        return package
    }

    @Test func partsComeBackInOrderWithTheirContentAndStorage() throws {
        let bytes = try sample().archiveBytes()
        let archive = try Archive(data: bytes, accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == ["mimetype", "Contents/section0.xml"])
        #expect(entries[0].isCompressed == false)
        #expect(entries[1].isCompressed == true)
        var section = Data()
        _ = try archive.extract(entries[1]) { section.append($0) }
        #expect(String(decoding: section, as: UTF8.self) == String(repeating: "<hp:p>가나다</hp:p>", count: 200))
    }

    @Test func theFirstStoredPartIsReadableAtItsFixedOffset() throws {
        // HWPX readers look for the MIME type right after the first local header (30 bytes + the 8-byte name).
        let bytes = try sample().archiveBytes()
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<57], as: UTF8.self) == "application/hwp+zip")
    }

    @Test func theSameDocumentIsTheSameBytes() throws {
        #expect(try sample().archiveBytes() == sample().archiveBytes())
    }

    @Test func xmlEscapingKeepsTextParseable() {
        #expect(XMLEscaping.escape("A & <B> \"q\" 'q'") == "A &amp; &lt;B&gt; &quot;q&quot; &apos;q&apos;")
        #expect(XMLEscaping.escape("a\u{1B}b\u{0}c\td") == "a\u{FFFD}b\u{FFFD}c\td")
        #expect(XMLEscaping.escape("사업\u{FFFF}") == "사업\u{FFFD}")
    }
}
