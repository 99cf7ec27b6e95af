import DaegaEngine

/// The JSON form of compliance findings, shared by every budget check.
public enum ComplianceJSON {
    /// Renders findings in `language`.
    public static func findings(_ findings: [ComplianceFinding], language: Language) -> JSONValue {
        .array(findings.map { finding in
            .object([("code", .string(finding.code)), ("severity", .string(finding.severity.rawValue)),
                     ("message", .string(finding.message.text(language))), ("rule", .string(finding.rule.text(language))),
                     ("source", .string(finding.source)), ("ratio_pct", finding.ratioPercent.map { .number($0) } ?? .null)])
        })
    }
}
