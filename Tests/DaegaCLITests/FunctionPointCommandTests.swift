import DaegaTestSupport
import Foundation
import Testing

/// `daega fp` end to end: the README command, JSON keys, and every class of bad input.
@Suite struct FunctionPointCommandTests {
    @Test func readmeCommandReproducesTheGuideExample() throws {
        let run = try CommandLineRun.daega(["fp", "samples/scm.toml"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("68,467,488원"))
        #expect(run.standardOutput.contains("53,173,990원"))
        #expect(run.standardOutput.contains("13,293,498원"))
        #expect(run.standardOutput.contains("SW사업 대가산정 가이드 2020년 개정판"))
        #expect(run.standardOutput.contains("UNCERTAIN"))
        #expect(run.standardError.isEmpty)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let run = try CommandLineRun.daega(["fp", "samples/scm.toml", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["edition"] as? Int == 2020)
        #expect(object["function_points"] as? Int == 85)
        #expect((object["size_factor"] as? NSNumber)?.doubleValue == 1.28)
        #expect(object["unadjusted_cost"] as? Int == 47_014_690)
        #expect(object["adjusted_cost"] as? Int == 53_173_990)
        #expect(object["profit"] as? Int == 13_293_498)
        #expect(object["direct_expenses"] as? Int == 2_000_000)
        #expect(object["total"] as? Int == 68_467_488)
        #expect(object["total_with_vat"] as? Int == 75_314_237)
        let trace = try #require(object["trace"] as? [[String: Any]])
        #expect(trace.count == 14)
        #expect(trace.allSatisfy { $0["formula"] is String && $0["inputs"] is [Any] && $0["result"] is [String: Any] && $0["rounding"] != nil })
    }

    @Test func flagsOverrideTheProjectAndEditionInForceIsNamed() throws {
        let run = try CommandLineRun.daega(["fp", "--ilf", "18", "--eif", "6", "--ei", "60", "--eo", "35", "--eq", "40",
                                            "--as-of", "2026-11-25", "--lang", "en"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("745.4 FP"))
        #expect(run.standardOutput.contains("newest edition in force on 2026-11-25"))
        #expect(run.standardOutput.contains("2025"))
    }

    @Test func budgetModeReportsTheAffordableSize() throws {
        let run = try CommandLineRun.daega(["fp", "--edition", "2020", "--integration", "2", "--compatibility", "1",
                                            "--direct-expenses", "2,000,000", "--budget", "75,314,237", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["function_points"] as? Int == 85)
        #expect(object["total_with_vat"] as? Int == 75_314_237)
    }

    /// Bad input: a clear one-line error naming the flag or file position, a non-zero status, nothing on stdout.
    @Test(arguments: [
        (["fp", "--ilf=-3"], "--ilf", Int32(65)),
        (["fp", "--ilf", "2.5"], "--ilf", 65),
        (["fp", "--eq", "x"], "--eq", 65),
        (["fp", "--fp", "85", "--integration", "6"], "--integration", 65),
        (["fp", "--fp", "85", "--edition", "2016"], "--edition", 78),
        (["fp", "--fp", "85", "--edition", "2014"], "2018년판 이후", 78),
        (["fp", "--fp", "85", "--profit-percent", "30"], "--profit-percent", 65),
        (["fp", "--fp", "85", "--direct-expenses", "1,00"], "--direct-expenses", 65),
        (["fp", "--fp", "1000000000000"], "--fp", 65),
        (["fp", "--fp", "85", "--ilf", "3"], "--ilf", 64),
        (["fp"], "--fp", 64),
        (["fp", "--functions", "samples/missing.csv"], "samples/missing.csv", 66),
        (["fp", "samples/nope.toml"], "samples/nope.toml", 66),
        (["fp", "--fp", "85", "--phases", "coding"], "--phases", 65),
        (["fp", "--fp", "85", "--edition", "2020", "--phases", "analysis"], "--phases", 78),
        (["fp", "--fp", "85", "--direct-expenses", "99999999999999999999"], "--direct-expenses", 65),
        (["fp", "--fp", "85", "--as-of", "2025-02-30"], "--as-of", 65),
        (["fp", "--fp", "85", "--rates", "/nonexistent"], "--rates", 78),
        (["fp", "--budget", "0"], "--budget", 65),
        (["fp", "--budget", "100", "--fp", "3"], "--budget", 64),
    ] as [([String], String, Int32)])
    func badInputFailsCleanly(arguments: [String], mentions: String, status: Int32) throws {
        expectCleanFailure(try CommandLineRun.daega(arguments), status: status, mentions: mentions)
    }

    @Test func badFunctionListNamesFileLineAndColumn() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("daega-bad-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "name,type,det,ret_ftr\n고객 조회,EQ,5,0\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CommandLineRun.daega(["fp", "--functions", path])
        #expect(run.status == 65)
        #expect(run.standardError.contains("\(path):2:4: error:"), "\(run.standardError)")
        #expect(run.standardOutput.isEmpty)
    }
}
