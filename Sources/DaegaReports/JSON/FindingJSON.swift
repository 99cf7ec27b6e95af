import DaegaEngine

/// The JSON form of findings, shared by `check` and `maintenance`.
public enum FindingJSON {
    /// One finding.
    public static func finding(_ finding: Finding, language: Language) -> JSONValue {
        .object([("code", .string(finding.code)), ("severity", .string(finding.severity.name)),
                 ("message", .string(finding.message.text(language))), ("rule", .string(finding.rule.text(language))),
                 ("ratio_pct", finding.ratioPercent.map { .number($0) } ?? .null),
                 ("sources", .array(finding.sources.map(TraceJSON.reference)))])
    }

    /// Several findings.
    public static func findings(_ findings: [Finding], language: Language) -> JSONValue {
        .array(findings.map { finding($0, language: language) })
    }
}
