import DaegaTestSupport
import Foundation
import Testing

/// `daega maintenance` end to end: the built binary's output and its errors naming the flag and valid values.
@Suite struct MaintenanceCommandTests {
    static let binary: String? = ["/.build/debug/daega", "/.build/x86_64-unknown-linux-gnu/debug/daega"]
        .map { Repository.root + $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(binary, "build daega first (swift build)"))
        process.arguments = arguments + ["--rates", Repository.rates, "--as-of", "2025-09-01"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    static let ratings = ["--frequency", "보통", "--users", "complex", "--importance", "보통", "--interfaces", "단순", "--recovery", "보통"]

    static let badInputs: [([String], String, String)] = [
        (["--basis", "1000", "--frequency", "가끔"], "--frequency", "E801"),
        (["--license", "100", "--grade", "6"], "--grade (1번째)", "E802"),
        (["--license=-100", "--grade", "1"], "--license (1번째)", "E102"),
        (["--basis=-5"] + ratings, "--basis", "E102"),
        (["--basis", "100", "--months", "121"] + ratings, "--months", "E804"),
        (["--license", "1", "--license", "2", "--grade", "1"], "--license/--grade", "E805"),
        (["--license", "1", "--grade", "3", "--edition", "2020"], "--grade (1번째)", "E803"),
        (["--basis", "100", "--frequency", "보통"], "--users", "E105"),
    ]

    @Test(arguments: badInputs)
    func badInputNamesTheFlag(arguments: [String], flag: String, code: String) throws {
        let result = try Self.run(["maintenance"] + arguments)
        #expect(result.status == 65 || result.status == 64)
        #expect(result.err.hasPrefix("daega: \(flag): error:"), "\(result.err)")
        #expect(result.err.contains("expected:") && result.err.contains("[\(code)]"))
        #expect(result.out.isEmpty)
    }

    @Test func jsonHasFeesRatesTraceAndFindings() throws {
        let result = try Self.run(["maintenance", "--basis", "480,000,000", "--direct-expenses", "1,000,000", "--months", "7",
                                   "--format", "json", "--budget-rate", "10"] + Self.ratings)
        #expect(result.status == 0, "\(result.err)")
        for fragment in ["\"rate_pct\": 12.75", "\"annual_fees\": [\n      62200000", "\"total\": 36283333",
                         "\"code\": \"application_rate_below_difficulty\"", "\"step\": \"year1_application\"",
                         "guide-2025:maintenance.application.formula"] {
            #expect(result.out.contains(fragment), "\(fragment)")
        }
    }

    @Test func functionPointBasisIsTheDevelopmentCostExcludingVAT() throws {
        let result = try Self.run(["maintenance", Repository.sample("scm.toml"), "--lang", "en"] + Self.ratings)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("₩68,467,488"))
        #expect(result.out.contains("₩8,729,604"))
    }
}
