import DaegaEngine

/// The terminal 변경관리내역서: the rows and item table of a ``ContractChangeRecord``, then findings, rules and assumptions.
public enum ContractChangeText {
    /// The widest line of the report, in display columns (Hangul takes two).
    public static let width = 100

    /// Renders a change in `language`, every line at most ``width`` display columns.
    public static func render(_ result: ContractChangeResult, name: String, language: Language) -> String {
        let ko = language == .ko
        let record = ContractChangeRecord(result, name: name, language: language)
        var report = TextReport(title: record.title, width: width)
        report.rows(nil, record.summary.map { ($0.label, $0.value, $0.remark) }, width: width)
        report.rows(ko ? "기능점수당 단가 (VAT 포함)" : "Unit prices per FP (incl. VAT)", record.unitPrices.map { ($0.label, $0.value, $0.remark) },
                    width: width)
        // Each item's quantities, unit price and basis go on the lines below its amount, so the amounts stay in one column.
        report.rows(ko ? "변경 항목 (기능점수: 당초 → 변경 후, 단가, 근거)" : "Items (FP before → after, unit price, basis)", record.items.map {
            ($0.item, $0.amount, "\($0.before) → \($0.after) FP × \($0.unitPrice) — \($0.basis)")
        }, width: width)
        report.bullets(ko ? "발견 사항" : "Findings", record.findings.map {
            "[\($0.severity)] \($0.message)\n      \(ko ? "근거" : "Rule"): \($0.rule)"
        }, width: width)
        report.bullets(ko ? "적용 규칙과 상태" : "Rules applied and their status", record.rules, width: width)
        report.bullets(ko ? "가정" : "Assumptions", record.notes, width: width)
        return report.rendered
    }
}
