import DaegaEngine
import DaegaIO
import DaegaTestSupport
import Testing

@Suite struct ProjectFileTests {
    @Test func scmSampleReads() throws {
        let project = try ProjectFile.read(Repository.sample("scm.toml"))
        #expect(project.name == "SCM 시스템 구축 (가이드 예제)")
        let fp = try #require(project.functionPoints)
        #expect(fp.edition == 2020)
        #expect(fp.scope == .functionList(path: Repository.sample("scm-functions.csv")))
        #expect(fp.factorLevels == [.integration: 2, .performance: 3, .compatibility: 1, .security: 2])
        #expect(fp.directExpenses == Won(2_000_000))
        #expect(fp.locations["integration"] == .file(path: Repository.sample("scm.toml"), line: 10, column: 1))
    }

    @Test func countsAndPhases() throws {
        let project = try ProjectFile.parse("""
            format_version = 1
            name = "x"
            [function_points]
            ilf = 2
            ei = 10
            phases = "analysis, design"
            profit_percent = 20
            """, path: "p.toml")
        let fp = try #require(project.functionPoints)
        #expect(fp.scope == .counts([.ilf: 2, .ei: 10]))
        #expect(fp.phases == .phases([.analysis, .design]))
        #expect(fp.profitPercent == ExactDecimal(20))
    }

    @Test(arguments: [
        ("format_version = 1\nname = \"x\"\nbudgett = 5\n", ErrorCode.projectUnknownKey, 3, 1),
        ("format_version = 2\nname = \"x\"\n", .projectSyntax, 1, 18),
        ("format_version = 1\n", .missingInput, 1, 1),
        ("format_version = 1\nname = \"x\"\n[function_points]\nfp = 85\nilf = 3\n", .conflictingInputs, 5, 1),
        ("format_version = 1\nname = \"x\"\n[function_points]\nintegration = 6\n", .valueOutOfRange, 4, 15),
        ("format_version = 1\nname = \"x\"\n[function_points]\nphases = \"coding\"\n", .unknownChoice, 4, 1),
        ("format_version = 1\nname = \"x\"\n[function_points]\ndirect_expenses = -1\n", .valueOutOfRange, 4, 19),
        ("format_version = 1\nname = \"x\"\n[function_points]\nilf = \"three\"\n", .valueOutOfRange, 4, 7),
        ("format_version = 1\nname = x\n", .projectSyntax, 2, 8),
    ] as [(String, ErrorCode, Int, Int)])
    func badProjectFilesAreRejected(text: String, code: ErrorCode, line: Int, column: Int) {
        do {
            _ = try ProjectFile.parse(text, path: "p.toml")
            Issue.record("expected \(code)")
        } catch let error as DaegaError {
            #expect(error.code == code, "\(error)")
            #expect(error.location == .file(path: "p.toml", line: line, column: column), "\(error)")
        } catch { Issue.record("\(error)") }
    }
}
