import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// The canonical flags and columns give the same numbers as the old spellings they replace, which still work.
@Suite struct SettingSpellingTests {
    @Test(arguments: [
        (["mm", "--staff", "IT PM=3", "--wage-year", "2025", "--edition", "2025", "--overhead-percent", "150", "--technical-fee-percent", "30"],
         ["--overhead-percent": "--overhead-rate", "--technical-fee-percent": "--tech-fee-rate"]),
        (["fp", "--fp", "85", "--edition", "2020", "--profit-percent", "20"], ["--profit-percent": "--profit-rate"]),
        (["maintenance", "--basis", "480,000,000", "--frequency", "보통", "--users", "보통", "--importance", "보통", "--interfaces", "보통",
          "--recovery", "보통", "--license", "120,000,000", "--grade", "3", "--rate-percent", "15", "--edition", "2025"],
         ["--rate-percent": "--rate"]),
    ])
    func oldFlagsGiveTheSameReport(arguments: [String], old: [String: String]) throws {
        let canonical = try CommandLineRun.daega(arguments + ["--as-of", "2026-03-01"])
        #expect(canonical.status == 0, "\(canonical.standardError)")
        let aliased = try CommandLineRun.daega(arguments.map { old[$0] ?? $0 } + ["--as-of", "2026-03-01"])
        #expect(aliased.status == 0, "\(aliased.standardError)")
        #expect(aliased.standardOutput == canonical.standardOutput)
    }

    /// Every flag and old spelling in the table of names is a flag of the CLI.
    @Test func everyFlagOfTheTableIsAccepted() throws {
        var flags = Set<String>()
        for command in ["check", "maintenance", "memo"] {
            let help = try CommandLineRun.daega([command, "--help"])
            #expect(help.status == 0)
            flags.formUnion(help.standardOutput.split { !($0.isLetter || $0 == "-") }.filter { $0.hasPrefix("--") }.map(String.init))
        }
        for setting in SettingName.all {
            for flag in [setting.flag] + setting.flagAliases {
                #expect(flags.contains("--" + flag), "--\(flag) (\(setting.name))")
            }
        }
    }

    @Test func oldKeyInAProjectFileIsReadWithANote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-settings-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: Repository.sample("civil-complaint.toml"), encoding: .utf8)
        try text.replacingOccurrences(of: "overhead_percent = 144", with: "overhead_rate = 150")
            .write(toFile: folder + "/old.toml", atomically: true, encoding: .utf8)
        try text.replacingOccurrences(of: "overhead_percent = 144", with: "overhead_percent = 150")
            .write(toFile: folder + "/new.toml", atomically: true, encoding: .utf8)
        let old = try CommandLineRun.daega(["compare", folder + "/old.toml", "--as-of", "2026-03-01"])
        let new = try CommandLineRun.daega(["compare", folder + "/new.toml", "--as-of", "2026-03-01"])
        #expect(old.status == 0 && new.status == 0, "\(old.standardError)")
        #expect(old.standardOutput.replacingOccurrences(of: "old.toml", with: "new.toml") == new.standardOutput)
        #expect(new.standardOutput.contains("제경비 150%"))
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("overhead_percent") }) + 1
        #expect(old.standardError == "daega: \(folder)/old.toml:\(line):1: note: overhead_rate은(는) overhead_percent의 옛 이름입니다: "
                + "overhead_percent(으)로 읽었습니다 (expected: overhead_percent = …)\n")
        #expect(new.standardError.isEmpty)
    }

    /// The sample portfolio uses the old column names; with the canonical ones every result is the same.
    @Test func canonicalColumnsGiveTheSameBatchResults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-settings-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: Repository.sample("portfolio.csv"), encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first.map(String.init))
        let renamed = header.replacingOccurrences(of: "overhead_pct", with: "overhead_percent")
            .replacingOccurrences(of: "tech_fee_pct", with: "technical_fee_percent")
            .replacingOccurrences(of: "maintenance_rate", with: "maintenance_budget_rate")
            .replacingOccurrences(of: "license_amount", with: "license")
        #expect(renamed != header)
        try text.replacingOccurrences(of: header, with: renamed).write(toFile: folder + "/new.csv", atomically: true, encoding: .utf8)
        let old = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", folder + "/old-out.csv", "--as-of", "2026-03-01"])
        let new = try CommandLineRun.daega(["batch", folder + "/new.csv", "-o", folder + "/new-out.csv", "--as-of", "2026-03-01"])
        #expect(old.status == new.status, "\(new.standardError)")
        let oldLines = try String(contentsOfFile: folder + "/old-out.csv", encoding: .utf8).components(separatedBy: "\r\n")
        let newLines = try String(contentsOfFile: folder + "/new-out.csv", encoding: .utf8).components(separatedBy: "\r\n")
        #expect(oldLines.count > 20)
        #expect(Array(oldLines.dropFirst()) == Array(newLines.dropFirst()))
    }
}
