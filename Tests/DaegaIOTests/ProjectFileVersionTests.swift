import DaegaEngine
import DaegaIO
import Testing

/// `format_version` may be left out of a project file (1 is assumed and the reader is told), and a number written
/// with commas gets a hint to write it with underscores.
@Suite struct ProjectFileVersionTests {
    @Test(arguments: [("name = \"x\"\n", true), ("format_version = 1\nname = \"x\"\n", false)])
    func formatVersionMayBeOmitted(text: String, assumed: Bool) throws {
        let file = try ProjectFile.parse(text, path: "p.toml")
        #expect(file.formatVersionAssumed == assumed)
        #expect(file.name == "x")
    }

    @Test func newerFormatIsStillRefused() {
        #expect { try ProjectFile.parse("format_version = 2\nname = \"x\"\n", path: "p.toml") } throws: { error in
            (error as? DaegaError)?.code == .projectSyntax && (error as? DaegaError)?.location == .file(path: "p.toml", line: 1, column: 18)
        }
    }

    @Test(arguments: [("[budget]\namount = 600,000,000\n", 2, 13), ("[function_points]\nilf = 1,200\n", 2, 8)])
    func commaInANumberGetsTheUnderscoreHint(body: String, line: Int, column: Int) {
        #expect { try ProjectFile.parse("name = \"x\"\n" + body, path: "p.toml") } throws: { error in
            guard let error = error as? DaegaError else { return false }
            return error.code == .projectSyntax && error.location == .file(path: "p.toml", line: line + 1, column: column)
                && error.expected == "자릿수는 밑줄로 (600,000,000 → 600_000_000)"
        }
    }

    @Test func rateBooksStillNeedTheirVersion() throws {
        let document = try TOMLParser.parse("kind = \"guide\"\n", path: "b.toml", syntaxCode: .rateBookSyntax)
        var root = TOMLTableReader(document, path: "b.toml", codes: .rateBook)
        #expect(throws: DaegaError.self) { try root.formatVersion(highest: 1, code: .rateBookNewerFormat, what: "요율표") }
    }
}
