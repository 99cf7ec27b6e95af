import DaegaTestSupport
import Foundation
import Testing

/// `--range` on `fp`, `mm`, `compare` and `check`: the JSON contract, repeatability and the exact-size note.
@Suite struct RangeCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandLineRun.daega(arguments + ["--format", "json", "--as-of", "2026-11-25"])
        #expect(run.status == 0, "\(run.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    static func quantiles(_ object: [String: Any]) throws -> [Int64] {
        let range = try #require(object["range"] as? [String: Any])
        return try ["p10", "p50", "p90"].map { try #require((range[$0] as? NSNumber)?.int64Value) }
    }

    @Test(arguments: [
        ["fp", "--ilf", "12", "--eif", "3", "--ei", "40", "--eo", "20", "--eq", "30", "--range", "--range-stage", "tender"],
        ["mm", "--staff", "응용SW개발자=10", "--staff", "IT PM=3", "--wage-year", "2025", "--range"],
        ["compare", "samples/civil-complaint.toml", "--range", "--range-stage", "requirements"],
        ["check", "samples/civil-complaint.toml", "--range", "--samples", "300"],
    ])
    func everyCommandReportsOrderedRepeatableQuantiles(arguments: [String]) throws {
        let first = try Self.quantiles(try Self.json(arguments))
        #expect(first[0] <= first[1] && first[1] <= first[2])
        #expect(try Self.quantiles(try Self.json(arguments)) == first)
    }

    @Test func checkReportsBothProbabilities() throws {
        let object = try Self.json(["check", "--fp", "400", "--budget", "450,000,000", "--edition", "2025", "--range", "--range-stage", "tender"])
        let coverage = try #require((object["coverage_probability"] as? NSNumber)?.doubleValue)
        let noLoss = try #require((object["no_loss_probability"] as? NSNumber)?.doubleValue)
        #expect(0 <= coverage && coverage <= noLoss && noLoss <= 1)
        let higher = try Self.json(["check", "--fp", "400", "--budget", "600,000,000", "--edition", "2025", "--range", "--range-stage", "tender"])
        #expect(try #require((higher["coverage_probability"] as? NSNumber)?.doubleValue) >= coverage)
    }

    @Test func anExactSizeSaysTheRangeComesFromFactorsOnly() throws {
        let object = try Self.json(["fp", "samples/scm.toml", "--range"])
        let range = try #require(object["range"] as? [String: Any])
        #expect(range["size_exact"] as? Bool == true)
        #expect((range["varied"] as? [String])?.first?.contains("정확한 값") == true)
    }

    @Test func projectRangeSectionIsUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("daega-range-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = folder.appendingPathComponent("p.toml").path
        try "format_version = 1\nname = \"t\"\n[function_points]\nfp = 300\n[range]\nstage = \"budget\"\nsamples = 100\nseed = 5\n"
            .write(toFile: project, atomically: true, encoding: .utf8)
        let range = try #require(try Self.json(["fp", project])["range"] as? [String: Any])
        #expect(range["stage"] as? String == "budget" && range["samples"] as? Int == 100 && range["seed"] as? Int == 5)
        try "format_version = 1\nname = \"t\"\n[function_points]\nfp = 300\n[range]\nstage = \"someday\"\n"
            .write(toFile: project, atomically: true, encoding: .utf8)
        let run = try CommandLineRun.daega(["fp", project])
        #expect(run.standardError.contains("p.toml:6:9: ") && run.standardError.hasSuffix("[E982]\n"), "\(run.standardError)")
    }
}
