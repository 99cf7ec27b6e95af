import DaegaTestSupport
import Foundation
import Testing

/// `daega change` end to end on the samples: the JSON keys a memo or script reads, and the UNCERTAIN rules stated.
@Suite struct ChangeCommandTests {
    @Test func jsonCarriesTheAdjustment() throws {
        let run = try CommandLineRun.daega(["change", "samples/hr-portal-change.toml", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(json["original_contract"] as? Int == 97_020_000)
        #expect(json["adjustment"] as? Int == 13_730_450)
        #expect(json["adjusted_contract"] as? Int == 110_750_450)
        #expect((json["adjustment_percent"] as? NSNumber)?.doubleValue == 14.15)
        #expect(json["committee_required"] as? Bool == true)
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 6)
        #expect(items.compactMap { $0["amount"] as? Int }.reduce(0, +) == 13_730_450)
        #expect((json["uncertain_rules"] as? [String])?.contains { $0.contains("제65조") } == true)
    }

    @Test func textNamesEveryRuleWithItsStatus() throws {
        let run = try CommandLineRun.daega(["change", "samples/hr-portal-change-vendor.toml"])
        #expect(run.status == 0, "\(run.standardError)")
        // The report wraps long lines at 100 columns: read it with each wrapped line joined to the one before.
        let text = run.standardOutput.replacing(/\n {4,}(?![-0-9])/, with: " ")
        #expect(text.contains("조정 후 계약금액 (VAT 포함)"))
        #expect(text.contains("109,766,050원"))
        #expect(text.contains("신규 비목은 변경 당시 단가 × 낙찰률 (국가계약법 시행령 제65조제3항제3호)"))
        #expect(text.contains("[UNCERTAIN] 기획재정부 계약예규 「용역계약일반조건」 제53조"))
    }

    @Test func redevelopmentListReportsItsSplit() throws {
        let run = try CommandLineRun.daega(["fp", "--functions", "samples/hr-portal-redevelopment.csv", "--edition", "2025", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        let split = try #require(json["redevelopment"] as? [String: Any])
        // New: EI high 6 + EO average 5; changed: ILF 10 × 0.25 + EI 6 × 0.5 (the EIF is not measured).
        #expect((split["new_fp"] as? NSNumber)?.doubleValue == 11)
        #expect((split["changed_fp"] as? NSNumber)?.doubleValue == 5.5)
        #expect((split["measured_fp"] as? NSNumber)?.doubleValue == 16.5)
    }
}
