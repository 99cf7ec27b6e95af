import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

/// The `[document]` section: the memo's header block.
@Suite struct DocumentInputTests {
    static let head = "format_version = 1\nname = \"x\"\n[document]\n"

    @Test func everyKeyIsRead() throws {
        let project = try ProjectFile.parse(Self.head + """
            agency = "○○시청"
            department = "정보통신과"
            author = "주무관 김민원"
            date = 2026-03-02
            number = "정보통신과-0142"
            approval = true
            """, path: "p.toml")
        #expect(project.document == DocumentInput(agency: "○○시청", department: "정보통신과", author: "주무관 김민원",
                                                  date: CalendarDate(year: 2026, month: 3, day: 2), number: "정보통신과-0142", approval: true))
    }

    @Test func absentSectionAndAbsentKeysStayNil() throws {
        #expect(try ProjectFile.parse("format_version = 1\nname = \"x\"\n", path: "p.toml").document == nil)
        #expect(try ProjectFile.parse(Self.head + "author = \"a\"\n", path: "p.toml").document == DocumentInput(author: "a"))
    }

    @Test(arguments: [
        ("approval = \"yes\"\n", ErrorCode.valueOutOfRange, 4, 12, "true 또는 false"),
        ("date = \"2026-02-30\"\n", .valueOutOfRange, 4, 8, "YYYY-MM-DD"),
        ("date = 20260301\n", .valueOutOfRange, 4, 8, "YYYY-MM-DD"),
        ("author = 3\n", .valueOutOfRange, 4, 10, "문자열"),
        ("writer = \"a\"\n", .projectUnknownKey, 4, 1, "agency, department, author, date, number, approval"),
    ] as [(String, ErrorCode, Int, Int, String)])
    func badValuesNameTheirLineAndWhatWasExpected(text: String, code: ErrorCode, line: Int, column: Int, expected: String) {
        do {
            _ = try ProjectFile.parse(Self.head + text, path: "p.toml")
            Issue.record("expected \(code)")
        } catch let error as DaegaError {
            #expect(error.code == code, "\(error)")
            #expect(error.location == .file(path: "p.toml", line: line, column: column), "\(error)")
            #expect("\(error)".contains(expected), "\(error)")
        } catch { Issue.record("\(error)") }
    }
}
