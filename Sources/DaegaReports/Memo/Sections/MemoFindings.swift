import DaegaEngine

/// Findings as 개조식 items: ○ what was found with its severity, - the rule (article) it rests on.
enum MemoFindings {
    static func blocks(_ findings: [Finding], _ w: MemoWording) -> [MemoBlock] {
        findings.flatMap { finding -> [MemoBlock] in
            [.item(.point, "[\(w.severity(finding.severity))] \(w.text(finding.message))"),
             .item(.detail, w.pick("근거: ", "Rule: ") + w.text(finding.rule))]
        }
    }
}
