import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// Paths that a project file names (a function list, a staffing list, a requirement list) are reported at the TOML
/// key's line when they are empty, a folder, a symbolic-link loop or missing, naming the path and what was expected.
@Suite struct ReferencedFileTests {
    static let selection = RateSelection(library: Repository.library, date: CalendarDate(year: 2026, month: 3, day: 1)!)

    /// Writes `project.toml` with `text` into `directory` and reads it as the CLI does.
    func project(_ text: String, in directory: TemporaryDirectory) throws -> ProjectFile {
        try ProjectFile.read(try directory.write(("format_version = 1\nname = \"x\"\n" + text).bytes, to: "project.toml"))
    }

    @Test(arguments: [
        ("[function_points]\nfunctions = \"\"\n", "function_points.functions", 13),
        ("[function_points]\nfunctions = \"  \"\n", "function_points.functions", 13),
        ("[staffing]\nfile = \"\"\n", "staffing.file", 8),
        ("[sizing]\nrequirements = \"req\\u0007.csv\"\n", "sizing.requirements", 16),
        ("[function_points]\nfunctions = 'a\u{1B}[2J.csv'\n", "function_points.functions", 13),
    ])
    func anEmptyOrControlCharacterPathIsRefusedAtItsLine(text: String, key: String, column: Int) throws {
        let error = #expect(throws: DaegaError.self) { _ = try ProjectFile.parse("format_version = 1\nname = \"x\"\n" + text, path: "p.toml") }
        #expect(error?.code == .projectPathInvalid)
        #expect(error?.location == .file(path: "p.toml", line: 4, column: column))
        #expect(error?.message.contains("'\(key)'") == true, "\(String(describing: error))")
        #expect(error?.expected?.contains("경로") == true)
    }

    @Test func aFolderGivenAsTheFunctionListIsNamedAtItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.file("lists"), withIntermediateDirectories: false)
        let file = try project("[function_points]\nfunctions = \"lists\"\n", in: directory)
        let error = #expect(throws: DaegaError.self) { _ = try FunctionPointPreparation(file.functionPoints!, selection: Self.selection) }
        #expect(error?.code == .fileUnreadable)
        #expect(error?.location == .file(path: directory.file("project.toml"), line: 4, column: 13))
        #expect(error?.message == "기능 목록 '\(directory.file("lists"))'은(는) 파일이 아니라 폴더입니다")
        #expect(error?.expected == "폴더가 아닌 파일의 경로 (폴더 안의 파일 이름까지)")
    }

    @Test func aSymbolicLinkLoopIsNamedAtItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createSymbolicLink(atPath: directory.file("a.csv"), withDestinationPath: "b.csv")
        try FileManager.default.createSymbolicLink(atPath: directory.file("b.csv"), withDestinationPath: "a.csv")
        let file = try project("[function_points]\nfunctions = \"a.csv\"\n", in: directory)
        let error = #expect(throws: DaegaError.self) { _ = try FunctionPointPreparation(file.functionPoints!, selection: Self.selection) }
        #expect(error?.code == .fileUnreadable)
        #expect(error?.location == .file(path: directory.file("project.toml"), line: 4, column: 13))
        #expect(error?.message == "기능 목록 '\(directory.file("a.csv"))'의 심볼릭 링크가 돌고 돌아 끝나지 않습니다")
    }

    @Test func aMissingFunctionListIsNamedAtItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try project("\n[function_points]\nfunctions = \"nope/fl.csv\"\n", in: directory)
        let error = #expect(throws: DaegaError.self) { _ = try FunctionPointPreparation(file.functionPoints!, selection: Self.selection) }
        #expect(error?.code == .fileNotFound)
        #expect(error?.location == .file(path: directory.file("project.toml"), line: 5, column: 13))
        #expect(error?.message == "기능 목록 '\(directory.file("nope/fl.csv"))'이(가) 없습니다")
    }

    @Test func aFolderGivenAsTheStaffingFileIsNamedAtItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = try project("[staffing]\nfile = \".\"\n", in: directory)
        let error = #expect(throws: DaegaError.self) { _ = try ManMonthPreparation(file.staffing!, selection: Self.selection) }
        #expect(error?.code == .fileUnreadable)
        #expect(error?.location == .file(path: directory.file("project.toml"), line: 4, column: 1))
        #expect(error?.message == "투입 인력 파일 '\(directory.file("."))'은(는) 파일이 아니라 폴더입니다")
    }

    @Test func aSymbolicLinkLoopAsTheRequirementListIsNamedAtItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createSymbolicLink(atPath: directory.file("self.csv"), withDestinationPath: "self.csv")
        let file = try project("[sizing]\nrequirements = \"self.csv\"\n", in: directory)
        let error = #expect(throws: DaegaError.self) {
            _ = try SizingPreparation.estimate(file.sizing!, costs: FunctionPointInput(), selection: Self.selection)
        }
        #expect(error?.code == .fileUnreadable)
        #expect(error?.location == .file(path: directory.file("project.toml"), line: 4, column: 16))
    }

    @Test func aContractFilesProjectAndChangeListPathsAreNamedAtTheirLines() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let head = "format_version = 1\nname = \"c\"\n"
        let missing = try directory.write((head + "project = \"gone.toml\"\n").bytes, to: "c.toml")
        let error = #expect(throws: DaegaError.self) { _ = try ContractFile.read(missing) }
        #expect(error?.code == .fileNotFound)
        #expect(error?.location == .file(path: missing, line: 3, column: 11))
        #expect(error?.message == "당초 프로젝트 파일 '\(directory.file("gone.toml"))'이(가) 없습니다")

        let contract = "[contract]\namount = 97_020_000\naward_ratio_percent = 90\ndate = 2025-09-01\nmonths = 5\nlaw = \"national\"\n"
            + "kind = \"development\"\n[change]\nrequested_by = \"agency\"\ndate = 2025-11-03\nfunctions = \"\"\n"
        let empty = try directory.write((head + "project = \"\(Repository.sample("hr-portal.toml"))\"\n" + contract).bytes, to: "e.toml")
        let emptyError = #expect(throws: DaegaError.self) { _ = try ContractFile.read(empty) }
        #expect(emptyError?.code == .projectPathInvalid)
        #expect(emptyError?.location == .file(path: empty, line: 14, column: 13))
        #expect(emptyError?.message == "'change.functions'의 경로가 비어 있습니다")
    }

    @Test func aFolderGivenByTheFlagIsNamedAtTheFlag() throws {
        var settings = FunctionPointSettings()
        settings.functions = "/"
        let input = try settings.merged(over: FunctionPointInput(), locator: .flags)
        let error = #expect(throws: DaegaError.self) { _ = try FunctionPointPreparation(input, selection: Self.selection) }
        #expect(error?.code == .fileUnreadable)
        #expect(error?.location == .flag("--functions"))
    }
}
