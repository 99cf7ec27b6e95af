import DaegaTestSupport
import Foundation
import Testing

/// The function-list lint reaches `fp` (text and JSON) and the memo (Markdown and HTML) with `file:line`.
@Suite struct FunctionListLintCommandTests {
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-lint-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "name,type,complexity\n회원,ILF,low\n인사정보,EIF,low\n회원 가입,EI,low\n회원가입,EI,low\n인사정보,EQ,low\n"
            .write(toFile: folder + "/list.csv", atomically: true, encoding: .utf8)
        try "format_version = 1\nname = \"점검\"\n[function_points]\nedition = 2025\nfunctions = \"list.csv\"\n[budget]\namount = 100_000_000\n"
            .write(toFile: folder + "/p.toml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func fpPrintsTheWarningsWithTheirLines() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try CommandLineRun.daega(["fp", "--functions", folder + "/list.csv", "--edition", "2025"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("list.csv:5: 기능 '회원가입'(EI)이(가) 4행과 같은 이름입니다"))
        #expect(text.standardOutput.contains("list.csv:6: 외부연계파일(EIF) '인사정보'(3행)이 EQ으로도 세어졌습니다"))
        #expect(text.standardOutput.contains("EO(외부출력)가 하나도 없습니다"))
        let json = try CommandLineRun.daega(["fp", "--functions", folder + "/list.csv", "--edition", "2025", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let notes = try #require(object["notes"] as? [[String: Any]])
        let codes = notes.compactMap { $0["code"] as? String }.filter { $0.hasPrefix("function_list_") }
        #expect(codes == ["function_list_duplicate_name", "function_list_eif_as_transaction", "function_list_type_missing"])
        let warnings = try #require(object["function_list_warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["line"] as? Int } == [5, 6, nil])
        #expect(warnings.allSatisfy { ($0["file"] as? String)?.hasSuffix("/list.csv") == true })
        #expect((warnings[0]["message"] as? String)?.contains("4행과 같은 이름") == true)
        let clean = try CommandLineRun.daega(["fp", "samples/scm.toml", "--format", "json"])
        #expect(!clean.standardOutput.contains("function_list_warnings"))
    }

    @Test(arguments: ["memo.md", "memo.html"])
    func theMemoCarriesTheWarnings(name: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["memo", folder + "/p.toml", "-o", folder + "/" + name, "--as-of", "2026-03-01"])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        // HTML escapes the quotes around the name; the line and the sentence are the same in both.
        #expect(text.contains("list.csv:5: 기능 ") && text.contains("(EI)이(가) 4행과 같은 이름입니다"))
        #expect(text.contains("list.csv:6: 외부연계파일(EIF)"))
    }
}
