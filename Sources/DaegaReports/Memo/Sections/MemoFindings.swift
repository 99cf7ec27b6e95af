import DaegaEngine

/// Findings as a memo table: severity, what was found (with its numbers), the rule and its sources.
enum MemoFindings {
    static func table(_ findings: [Finding], _ w: MemoWording) -> MemoTable {
        MemoTable([MemoColumn(w.pick("위험도", "Severity")), MemoColumn(w.pick("발견 사항", "Finding")),
                   MemoColumn(w.pick("근거 규정", "Rule")), MemoColumn(w.pick("출처", "Sources"))],
                  rows: findings.map { finding in
                      [w.severity(finding.severity), w.text(finding.message), w.text(finding.rule),
                       finding.sources.map { "\(w.reference($0)) (\($0.status.rawValue))" }.joined(separator: ", ")]
                  })
    }
}
