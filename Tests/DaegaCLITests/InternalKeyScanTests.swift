import DaegaTestSupport
import Foundation
import Testing

/// No report of any sample, text or JSON, shows a reader an internal key or a file of this repository (the memo's
/// HTML, Markdown and HWPX are scanned in `MemoInternalKeyScanTests`).
@Suite struct InternalKeyScanTests {
    static let samples = ["civil-complaint", "scm", "isp-consulting", "maintenance-example", "records-archive", "hr-portal"]
    static let commands = ["check", "fp", "mm", "compare", "maintenance"]

    /// The scanner itself finds each kind of key (so a clean scan means something).
    @Test(arguments: ["구현 [C1] 재현", "kosa-rules.md §5.3", "fp.unit_price", "jobs.IT PM", "guide-2025:vat", "user:award_ratio",
                      "rates/guide/2025.toml"])
    func scannerFindsEachKind(text: String) {
        #expect(InternalKeys.found(in: "앞 " + text + " 뒤").count == 1)
    }

    @Test(arguments: ["zdnet.co.kr/view/?no=20250811134015", "cost_check.py", "2026-03-01", "745.4 FP", "SW사업 대가산정 가이드 2025년판"])
    func scannerLeavesOrdinaryTextAlone(text: String) {
        #expect(InternalKeys.found(in: text).isEmpty)
        #expect(InternalKeys.bookNames(in: text).isEmpty)
    }

    @Test func bookNamesAreFound() {
        #expect(InternalKeys.bookNames(in: "사용한 요율표\n  - guide-2020 (SW사업 대가산정 가이드 2020년 개정판), wages-2025") == ["guide-2020", "wages-2025"])
    }

    @Test(arguments: samples)
    func textAndJSONReportsShowNoInternalKey(sample: String) throws {
        var reports = 0
        for command in Self.commands {
            for format in ["text", "json"] {
                let run = try CommandLineRun.daega([command, "samples/\(sample).toml", "--format", format, "--as-of", "2026-03-01"])
                guard run.status == 0 || run.status == 1 else { continue } // a command this sample has no inputs for
                reports += 1
                let found = InternalKeys.found(in: run.standardOutput) + (format == "text" ? InternalKeys.bookNames(in: run.standardOutput) : [])
                #expect(found.isEmpty, "\(command) \(sample) \(format): \(found.prefix(3))")
            }
        }
        #expect(reports >= 2, "at least one command reports on \(sample) in both formats")
    }

    /// The contract-change samples' 변경관리내역서, text and JSON.
    @Test(arguments: ["hr-portal-change", "hr-portal-change-vendor", "civil-complaint-maintenance-change"], ["text", "json"])
    func changeReportsShowNoInternalKey(sample: String, format: String) throws {
        let run = try CommandLineRun.daega(["change", "samples/\(sample).toml", "--format", format])
        #expect(run.status == 0, "\(run.standardError)")
        let found = InternalKeys.found(in: run.standardOutput)
        #expect(found.isEmpty, "change \(sample) \(format): \(found.prefix(3))")
    }
}
