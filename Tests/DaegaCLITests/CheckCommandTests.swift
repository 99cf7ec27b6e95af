import DaegaTestSupport
import Foundation
import Testing

/// `daega check` end to end: one sample per risk tier, the JSON contract, --fail-on, VAT handling and bad input.
@Suite struct CheckCommandTests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CommandLineRun.daega(arguments + ["--format", "json", "--as-of", "2026-11-25"])
        #expect(run.status == 0, "\(run.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }

    /// The civil-complaint sample (86.9%) is medium at the default award ratio (95.15%) and high at 90%.
    @Test(arguments: [
        ("samples/hr-portal.toml", [], "low", "106.6"), ("samples/isp-consulting.toml", [], "medium", "93.9"),
        ("samples/civil-complaint.toml", [], "medium", "86.9"), ("samples/civil-complaint.toml", ["--award-ratio", "90"], "high", "86.9"),
        ("samples/records-archive.toml", [], "critical", "70.1"), ("samples/maintenance-tender.toml", [], "critical", "80.4"),
    ] as [(String, [String], String, String)])
    func samplesCoverEveryTier(sample: String, options: [String], risk: String, coverage: String) throws {
        let object = try Self.json(["check", sample] + options)
        #expect(object["risk"] as? String == risk)
        #expect((object["coverage_pct"] as? NSNumber)?.stringValue == coverage)
        #expect(object["break_even_pct"] is NSNumber)
        let budget = try #require(object["budget_with_vat"] as? Int), cost = try #require(object["proper_cost_with_vat"] as? Int)
        #expect(object["shortfall"] as? Int == max(0, cost - budget))
        let fullBid = try #require(object["budget_needed_break_even"] as? Int)
        let typical = try #require(object["budget_needed_typical_award"] as? Int)
        #expect(fullBid <= typical && fullBid <= cost)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { $0["code"] is String && $0["severity"] is String && $0["message"] is String && $0["rule"] is String })
        #expect(findings.first?["severity"] as? String == risk || risk == "low")
    }

    @Test func bundledOrderIsJudgedOnItsSmallestUnitAndItsSubcontracting() throws {
        let findings = try #require(try Self.json(["check", "samples/bundled-order.toml"])["findings"] as? [[String: Any]])
        let codes = findings.compactMap { $0["code"] as? String }
        #expect(codes.contains("subcontracting_over_limit") && codes.contains("duration_long_term_contract"))
        let pool = try #require(findings.first { $0["code"] as? String == "participation_pool" }?["message"] as? String)
        #expect(pool.contains("1,800,000,000원") && pool.contains("중소 SW사업자."), "\(pool)")
    }

    @Test func manMonthOnlyProjectUsesTheManMonthCost() throws {
        let object = try Self.json(["check", "samples/isp-consulting.toml"])
        #expect(object["proper_cost_method"] as? String == "man_months")
        let codes = (object["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.contains("planning_workload_method_missing"))
        #expect(!codes.contains { $0.hasPrefix("duration_") }, "no proper duration for planning work")
        #expect(object["function_point_estimate"] is NSNull)
        #expect(object["man_month_estimate"] is [String: Any])
    }

    @Test func maintenanceOnlyProjectIsPricedByItsMaintenance() throws {
        let object = try Self.json(["check", "samples/maintenance-tender.toml"])
        #expect(object["proper_cost_method"] as? String == "maintenance")
        #expect(object["shortfall"] as? Int == 16_830_000)
        #expect(object["maintenance_estimate"] is [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let improvement = try #require(findings.first { $0["code"] as? String == "maintenance_improvement_separate" })
        #expect((improvement["message"] as? String)?.contains("45 FP가 시스템 규모 600 FP의 7.5%로 7% 이상") == true)
        let text = try CommandLineRun.daega(["check", "samples/maintenance-tender.toml", "--as-of", "2026-11-25"]).standardOutput
        #expect(text.contains("부족액 (VAT 포함)") && text.contains("16,830,000원"))
        #expect(text.contains("유지관리 요율 방식"))
    }

    @Test func productsOfEachStatusAreSortedForDirectPurchase() throws {
        let findings = try #require(try Self.json(["check", "samples/software-purchase.toml"])["findings"] as? [[String: Any]])
        let applies = try #require(findings.first { $0["code"] as? String == "direct_purchase_applies" }?["message"] as? String)
        let excluded = try #require(findings.first { $0["code"] as? String == "direct_purchase_excluded" }?["message"] as? String)
        for name in ["GIS 엔진", "DBMS", "방화벽 관리 SW", "상황판 솔루션"] { #expect(applies.contains(name) && !excluded.contains(name), "\(name)") }
        for name in ["영상 분석 모듈", "보고서 도구"] { #expect(excluded.contains(name) && !applies.contains(name), "\(name)") }
        let flag = try Self.json(["check", "--fp", "300", "--budget", "500,000,000", "--product", "DBMS=60,000,000=gs",
                                  "--product", "뷰어=10,000,000=none"])["findings"] as? [[String: Any]]
        #expect(flag?.contains { $0["code"] as? String == "direct_purchase_excluded" && ($0["message"] as? String)?.contains("뷰어") == true } == true)
    }

    @Test func civilComplaintFlagsTheOutdatedWageTable() throws {
        let findings = try #require(try Self.json(["check", "samples/civil-complaint.toml", "--award-ratio", "90"])["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["code"] as? String == "wage_table_outdated" })
        #expect(findings.contains { $0["code"] as? String == "coverage_typical_bid_below_break_even" })
    }

    @Test func oldOverheadHabitIsFlagged() throws {
        let findings = try #require(try Self.json(["check", "--staff", "응용SW개발자=10", "--staff", "IT PM=3", "--wage-year", "2026",
                                                   "--working-days", "20.6", "--overhead-rate", "110", "--edition", "2025",
                                                   "--budget", "400,000,000"])["findings"] as? [[String: Any]])
        let overhead = try #require(findings.first { $0["code"] as? String == "overhead_below_floor" })
        #expect(overhead["severity"] as? String == "high")
        #expect((overhead["message"] as? String)?.contains("144~154%") == true)
    }

    @Test(arguments: [("critical", Int32(1)), ("high", 1), ("low", 1)])
    func failOnSetsTheExitStatus(level: String, status: Int32) throws {
        let run = try CommandLineRun.daega(["check", "samples/records-archive.toml", "--fail-on", level])
        #expect(run.status == status)
        #expect(run.standardOutput.contains("심각"))
    }

    @Test func failOnBelowTheRiskPasses() throws {
        let run = try CommandLineRun.daega(["check", "samples/hr-portal.toml", "--fail-on", "medium"])
        #expect(run.status == 0, "\(run.standardError)")
    }

    @Test func vatExclusiveBudgetIsConvertedOrFlagged() throws {
        let converted = try Self.json(["check", "--fp", "85", "--edition", "2020", "--budget", "60,000,000", "--budget-excludes-vat"])
        #expect(converted["budget_with_vat"] as? Int == 66_000_000)
        let flagged = try Self.json(["check", "samples/scm.toml", "--budget", "68,467,488"])
        let notes = try #require(flagged["notes"] as? [[String: Any]])
        #expect(notes.contains { $0["code"] as? String == "budget_may_exclude_vat" })
    }

    @Test(arguments: [
        (["check", "samples/scm.toml"], "--budget", Int32(64)),
        (["check", "samples/scm.toml", "--budget", "0"], "--budget", 65),
        (["check", "samples/scm.toml", "--budget=-5"], "--budget", 65),
        (["check", "--budget", "100,000,000"], "--staff", 64),
        (["check", "samples/scm.toml", "--budget", "1억x"], "--budget", 65),
        (["check", "samples/scm.toml", "--budget", "100000000", "--award-ratio", "0"], "--award-ratio", 65),
        (["check", "samples/scm.toml", "--budget", "100000000", "--months", "0"], "--months", 65),
        (["check", "samples/scm.toml", "--budget", "100000000", "--product", "DBMS"], "--product", 65),
        (["check", "samples/scm.toml", "--budget", "100000000", "--product", "DBMS=60,000,000=조달등록"], "shopping_mall", 65),
        (["check", "samples/scm.toml", "--budget", "100000000", "--fail-on", "extreme"], "--fail-on", 64),
    ] as [([String], String, Int32)])
    func badInputFailsCleanly(arguments: [String], mentions: String, status: Int32) throws {
        expectCleanFailure(try CommandLineRun.daega(arguments), status: status, mentions: mentions)
    }
}

@Suite struct PriceScoreCommandTests {
    @Test func scoresEveryBidAgainstTheLowest() throws {
        let run = try CommandLineRun.daega(["price-score", "--bids", "90,70", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let bids = try #require(object["bids"] as? [[String: NSNumber]])
        #expect(bids.map { $0["price_score"]!.stringValue } == ["7.7778", "9.75"])
        #expect(object["price_points"] as? Int == 10)
    }

    @Test(arguments: ["0", "abc", "90,,x", "250"])
    func badBidsNameTheFlag(bids: String) throws {
        let run = try CommandLineRun.daega(["price-score", "--bids", bids])
        #expect(run.status == 65, "\(run.standardError)")
        #expect(run.standardError.contains("--bids"))
        #expect(run.standardOutput.isEmpty)
    }
}
