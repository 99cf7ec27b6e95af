import DaegaEngine
@testable import DaegaIO
import Testing

/// The `findings` cell: codes in the findings' order, joined by `;`, with nothing before, after or doubled.
@Test(arguments: [([String](), ""), (["participation_pool"], "participation_pool"),
                  (["coverage_below_break_even", "participation_pool", "task_review_required"],
                   "coverage_below_break_even;participation_pool;task_review_required")])
func theFindingsCellJoinsTheCodesInOrder(codes: [String], cell: String) {
    let findings = codes.map { Finding(code: $0, severity: .low, message: LocalizedText(ko: "", en: ""), rule: LocalizedText(ko: "", en: ""), sources: []) }
    #expect(BatchOutputRow.codes(findings) == cell)
    let joined = BatchOutputRow.codes(findings)
    #expect(!joined.contains(";;") && !joined.hasPrefix(";") && !joined.hasSuffix(";"))
}
