import DaegaIO
import DaegaTestSupport
import Foundation
import Testing

/// `daega batch --ranges`: three more columns, the same figures as `check --range` with the same samples and seed.
@Suite struct BatchRangesTests {
    @Test func rangeColumnsMatchCheckRange() throws {
        let folder = NSTemporaryDirectory() + "daega-batch-ranges-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", folder + "/out.csv", "--as-of", "2026-03-01",
                                            "--ranges", "--range-stage", "tender"])
        #expect(run.status == 0, "\(run.standardError)")
        let records = try CSVReader(contentsOf: folder + "/out.csv").readAll().map(\.fields)
        #expect(Array(records[0].suffix(4)) == ["p50", "p90", "coverage_probability", "error"])
        let header = records[0]
        let row = Dictionary(uniqueKeysWithValues: zip(header, try #require(records.first { $0.first == "P2026-002" })))
        let check = try CommandLineRun.daega(["check", "--fp", "420", "--edition", "2025", "--integration", "2", "--performance", "3",
                                              "--budget", "470,000,000", "--as-of", "2026-03-01", "--range", "--range-stage", "tender",
                                              "--samples", "16", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(check.standardOutput.utf8)) as? [String: Any])
        let range = try #require(object["range"] as? [String: Any])
        #expect(row["p50"] == (range["p50"] as? NSNumber)?.stringValue)
        #expect(row["p90"] == (range["p90"] as? NSNumber)?.stringValue)
        #expect(row["coverage_probability"].flatMap(Double.init) == (object["coverage_probability"] as? NSNumber)?.doubleValue)
        for record in records.dropFirst() {
            let cells = Dictionary(uniqueKeysWithValues: zip(header, record))
            if !cells["fp_total", default: ""].isEmpty || !cells["mm_total", default: ""].isEmpty {
                let p50 = try #require(Int64(cells["p50"] ?? "")), p90 = try #require(Int64(cells["p90"] ?? ""))
                #expect(p50 <= p90)
            } else {
                // A maintenance tender has no development scope to vary: its range cells are blank, not an error.
                #expect(cells["p50"] == "" && cells["p90"] == "" && cells["coverage_probability"] == "" && cells["error"] == "")
            }
        }
    }

    @Test func rangeSettingsWithoutRangesAreRefused() throws {
        let run = try CommandLineRun.daega(["batch", "samples/portfolio.csv", "-o", NSTemporaryDirectory() + "never.csv", "--samples", "10"])
        #expect(run.status != 0 && run.standardError.hasSuffix("[E984]\n"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "never.csv"))
    }
}
