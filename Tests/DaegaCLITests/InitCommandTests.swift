import DaegaTestSupport
import Foundation
import Testing

/// `daega init` writes a template that runs as it is, and never overwrites a file.
@Suite struct InitCommandTests {
    /// A fresh empty folder.
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.path + "/daega-init-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesATemplateThatChecksAsItIs() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["init", "사업.toml"], in: folder, environment: ["DAEGA_RATES": Repository.rates])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("사업.toml"))
        let text = try String(contentsOfFile: folder + "/사업.toml", encoding: .utf8)
        for section in ["[function_points]", "[budget]", "[staffing]", "# [maintenance]", "# [[products]]", "600_000_000"] {
            #expect(text.contains(section))
        }
        let check = try CommandLineRun.daega(["check", "사업.toml", "--as-of", "2026-12-06", "--format", "json"], in: folder,
                                             environment: ["DAEGA_RATES": Repository.rates])
        #expect(check.status == 0, "\(check.standardError)")
        // The template's counts and factors are samples/civil-complaint.toml's: the same FP proper cost.
        #expect(check.standardOutput.contains("\"proper_cost_with_vat\": 747579185"))
        let compare = try CommandLineRun.daega(["compare", "사업.toml", "--as-of", "2026-12-06"], in: folder,
                                               environment: ["DAEGA_RATES": Repository.rates])
        #expect(compare.status == 0, "\(compare.standardError)")
    }

    @Test func defaultNameAndRefusalToOverwrite() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try CommandLineRun.daega(["init"], in: folder).status == 0)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder + "/project.toml"))
        let again = try CommandLineRun.daega(["init"], in: folder)
        #expect(again.status == 73)
        #expect(again.standardError == "daega: project.toml: error: 파일이 이미 있어 덮어쓰지 않습니다 (expected: 없는 파일 이름 (예: daega init 새사업.toml)) [E606]\n")
        #expect(again.standardOutput.isEmpty)
        #expect(try String(contentsOfFile: folder + "/project.toml", encoding: .utf8) == "keep me")
    }

    @Test func unwritableFolderIsAnOutputError() throws {
        let run = try CommandLineRun.daega(["init", "/no-such-folder/x.toml"])
        #expect(run.status == 73)
        #expect(run.standardError.contains("[E404]"))
    }
}
