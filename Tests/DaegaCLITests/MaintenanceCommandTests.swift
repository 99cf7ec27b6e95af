import DaegaTestSupport
import Foundation
import Testing

/// `daega maintenance` end to end: the built binary's output and its errors naming the flag and valid values.
@Suite struct MaintenanceCommandTests {
    static func run(_ arguments: [String]) throws -> CommandLineRun {
        try CommandLineRun.daega(arguments + ["--rates", Repository.rates, "--as-of", "2025-09-01"])
    }

    static let ratings = ["--frequency", "보통", "--users", "complex", "--importance", "보통", "--interfaces", "단순", "--recovery", "보통"]

    static let badInputs: [([String], String, String, Int32)] = [
        (["--basis", "1000", "--frequency", "가끔"], "--frequency", "E801", 65),
        (["--license", "100", "--grade", "6"], "--grade (1번째)", "E802", 65),
        (["--license=-100", "--grade", "1"], "--license (1번째)", "E102", 65),
        (["--basis=-5"] + ratings, "--basis", "E102", 65),
        (["--basis", "100", "--months", "121"] + ratings, "--months", "E804", 65),
        (["--license", "1", "--license", "2", "--grade", "1"], "--license/--grade", "E805", 64),
        (["--license", "1", "--grade", "3", "--edition", "2020"], "--grade (1번째)", "E803", 78),
        (["--basis", "100", "--frequency", "보통"], "--users", "E105", 64),
    ]

    @Test(arguments: badInputs)
    func badInputNamesTheFlag(arguments: [String], flag: String, code: String, status: Int32) throws {
        let result = try Self.run(["maintenance"] + arguments)
        #expect(result.status == status, "\(result.standardError)")
        #expect(result.standardError.hasPrefix("daega: \(flag): error:"), "\(result.standardError)")
        #expect(result.standardError.contains("expected:") && result.standardError.contains("[\(code)]"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func jsonHasFeesRatesTraceAndFindings() throws {
        let result = try Self.run(["maintenance", "--basis", "480,000,000", "--direct-expenses", "1,000,000", "--months", "7",
                                   "--format", "json", "--budget-rate", "10"] + Self.ratings)
        #expect(result.status == 0, "\(result.standardError)")
        for fragment in ["\"rate_pct\": 12.75", "\"annual_fees\": [\n      62200000", "\"total\": 36283333",
                         "\"code\": \"application_rate_below_difficulty\"", "\"step\": \"year1_application\"",
                         "\"rates\": [\n        {\n          \"book\": \"guide-2025\",\n          \"edition\": \"SW사업 대가산정 가이드 2025년판\""] {
            #expect(result.standardOutput.contains(fragment), "\(fragment)")
        }
        #expect(!result.standardOutput.contains("maintenance.application.formula"), "the rate book's internal key is not shown")
    }

    @Test func functionPointBasisIsTheDevelopmentCostExcludingVAT() throws {
        let result = try Self.run(["maintenance", Repository.sample("scm.toml"), "--lang", "en"] + Self.ratings)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("₩68,467,488"))
        #expect(result.standardOutput.contains("₩8,729,604"))
    }
}
