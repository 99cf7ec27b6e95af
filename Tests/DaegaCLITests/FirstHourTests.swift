import DaegaTestSupport
import Foundation
import Testing

/// The first hour at the terminal: a mistyped command gets the nearest one, listings fit 100 columns, a project file
/// without format_version is read with a note.
@Suite struct FirstHourTests {
    /// The widest line of `text` in terminal columns (Hangul counts two).
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { line in
            line.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) || (0x1100...0x115F).contains($1.value)
                                                  || (0x2E80...0xA4CF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
        }.max() ?? 0
    }

    @Test(arguments: [("chek", "daega check"), ("memmo", "daega memo"), ("serv", "daega serve"), ("innit", "daega init"),
                      ("ratse", "daega rates"), ("mantenance", "daega maintenance")])
    func typoGetsTheNearestCommand(typed: String, suggestion: String) throws {
        let run = try CommandLineRun.daega([typed, "samples/scm.toml"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("'\(suggestion)'"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }

    @Test func unrelatedWordGetsNoGuess() throws {
        let run = try CommandLineRun.daega(["xyzzy"])
        #expect(run.status == 64)
        #expect(!run.standardError.contains("찾으셨나요"))
        #expect(run.standardError.contains("daega --help"))
    }

    @Test(arguments: [["errors"], ["errors", "--lang", "en"], ["rates"], ["rates", "guide-2025"], ["rates", "guide-2020"],
                      ["rates", "wages-2026"], ["rates", "procurement-2025"]])
    func listingsFitOneHundredColumns(arguments: [String]) throws {
        let run = try CommandLineRun.daega(arguments)
        #expect(run.status == 0)
        #expect(Self.widest(run.standardOutput) <= 100)
    }

    @Test func errorsTableListsEveryCode() throws {
        let run = try CommandLineRun.daega(["errors"])
        #expect(run.standardOutput.contains("E430  64    웹 페이지를 127.0.0.1이 아닌 주소에서 열려 함"))
        #expect(run.standardOutput.contains("$ daega init samples/scm.toml"))
        #expect(!run.standardOutput.contains("|"), "a terminal table, not Markdown")
    }

    @Test func missingFormatVersionIsAssumedAndSaid() throws {
        let folder = FileManager.default.temporaryDirectory.path + "/daega-fv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("name = \"x\"\n[function_points]\nfp = 85\nedition = 2020\n".utf8).write(to: URL(fileURLWithPath: folder + "/p.toml"))
        let run = try CommandLineRun.daega(["fp", folder + "/p.toml"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == "daega: \(folder)/p.toml: note: format_version이 없어 1로 봅니다 (expected: format_version = 1)\n")
    }
}
