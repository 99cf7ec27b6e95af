import DaegaEngine
@testable import DaegaIO
import Testing

@Suite struct TOMLParserTests {
    func parse(_ text: String) throws -> TOMLTable {
        try TOMLParser.parse(text, path: "t.toml", syntaxCode: .projectSyntax)
    }

    @Test func readsTheSubsetWithPositions() throws {
        let root = try parse("""
            # comment
            name = "민원 \\"접수\\"" # trailing comment
            count = 1_000
            rate = 1.2800
            on = true
            day = 2025-08-11
            list = [
              [1, 2],   # nested
              [3, 4],
            ]
            [a.b]
            'literal key' = 'C:\\path'
            [[items]]
            x = -5
            [[items]]
            x = 6
            """)
        var reader = TOMLTableReader(root, path: "t.toml", codes: .project)
        #expect(try reader.string("name") == "민원 \"접수\"")
        #expect(try reader.integer("count", in: 0...10_000) == 1000)
        #expect(try reader.decimal("rate", in: .zero...ExactDecimal(2)).fixedText == "1.2800")
        #expect(try reader.bool("on"))
        #expect(try reader.date("day") == CalendarDate(year: 2025, month: 8, day: 11))
        #expect(try reader.array("list").count == 2)
        var a = try reader.table("a")
        var b = try a.table("b")
        #expect(try b.string("literal key") == "C:\\path")
        let items = try reader.tableArray("items")
        #expect(items.count == 2)
        var second = items[1]
        #expect(try second.integer("x", in: -10...10) == 6)
        #expect(reader.location(of: "rate") == .file(path: "t.toml", line: 4, column: 1))
    }

    /// Each malformed line fails at the stated line and column.
    @Test(arguments: [
        ("a = ", 1, 5), ("a = \"open", 1, 5), ("a = 1\na = 2", 2, 1), ("a = {x = 1}", 1, 5), ("a.b = 1", 1, 2),
        ("a = 1e5", 1, 5), ("a = [1, 2", 1, 5), ("a = 1 b", 1, 7), ("[t]\n[t]", 2, 2), ("a = yes", 1, 5),
        ("= 1", 1, 1), ("a = 1__0", 1, 5), ("[x\nb = 1", 1, 3), ("a = \"\\q\"", 1, 8), ("a = '''x'''", 1, 7),
        ("a = 1\n[a]", 2, 2), ("[[t]]\n[t]", 2, 2),
    ] as [(String, Int, Int)])
    func syntaxErrorsCarryPositions(text: String, line: Int, column: Int) {
        do {
            _ = try parse(text)
            Issue.record("expected an error for \(text)")
        } catch let error as DaegaError {
            #expect(error.code == .projectSyntax)
            #expect(error.location == .file(path: "t.toml", line: line, column: column), "\(error)")
            #expect(error.expected != nil)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    /// Columns count Unicode scalars (a Hangul syllable is one column, a byte-order mark one), and a message quotes
    /// the whole character it stopped at.
    @Test(arguments: [
        ("a = \"한글\" x", 1, 10, "'x'"), ("\u{FEFF}a = \"한글\" x", 1, 11, "'x'"), ("이름 = 1", 1, 1, "'이'"),
        ("a = [1 한]", 1, 8, "'한'"), ("a = \"가\\가\"", 1, 9, "'\\가'"), ("a = 1 # 주석\nb = \"가\u{1}\"", 2, 7, "U+1"),
        ("a = 12원", 1, 5, "'12원'"), ("a = '가나\nb = 1", 1, 5, "닫히지"), ("a = 1\r\n가 = 2", 2, 1, "'가'"),
    ] as [(String, Int, Int, String)])
    func positionsAreCountedInScalars(text: String, line: Int, column: Int, quoted: String) {
        let error = try? #require(throws: DaegaError.self) { try parse(text) }
        #expect(error?.location == .file(path: "t.toml", line: line, column: column), "\(String(describing: error))")
        #expect(error?.message.contains(quoted) == true, "\(String(describing: error))")
    }

    @Test func leadingKeysStopAtTheFirstTable() throws {
        let root = try TOMLParser.parseLeadingKeys("edition = 2020\ntitle = \"판\"\n[body]\nbroken = = =\n",
                                                   path: "t.toml", syntaxCode: .rateBookSyntax)
        #expect(root.keys == ["edition", "title"])
        #expect(throws: DaegaError.self) { try parse("edition = 2020\n[body]\nbroken = = =\n") }
    }

    @Test func deepNestingIsRefused() {
        let text = "a = " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(throws: DaegaError.self) { try parse(text) }
    }

    @Test func unknownKeysAreRejectedWithTheirPosition() throws {
        let root = try parse("known = 1\nunknown = 2\n")
        var reader = TOMLTableReader(root, path: "t.toml", codes: .project)
        _ = try reader.integer("known", in: 0...9)
        do {
            try reader.finish(allowed: "known")
            Issue.record("expected unknown key")
        } catch let error as DaegaError {
            #expect(error.code == .projectUnknownKey)
            #expect(error.location == .file(path: "t.toml", line: 2, column: 1))
            #expect(error.message.contains("unknown"))
        }
    }

    @Test func wrongKindsAndRangesAreNamed() throws {
        let root = try parse("a = \"x\"\nb = 7\n")
        var reader = TOMLTableReader(root, path: "t.toml", codes: .rateBook)
        #expect(throws: DaegaError.self) { try reader.integer("a", in: 0...9) }
        let error = try #require(throws: DaegaError.self) { try reader.integer("b", in: 0...5) }
        #expect(error.code == .rateBookBadValue)
        #expect(error.location == .file(path: "t.toml", line: 2, column: 5))
        #expect(error.expected == "0~5")
        #expect(throws: DaegaError.self) { try reader.string("missing") }
    }
}
