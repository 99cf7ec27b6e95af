/// A budget found short of a rule: what, how far (with the ratio), which rule and where the rule comes from.
public struct ComplianceFinding: Sendable, Hashable, Codable {
    /// A stable snake_case code, e.g. `commercial_rate_below_grade`.
    public var code: String
    /// The suggested severity.
    public var severity: FindingSeverity
    /// The finding in plain words with its numbers.
    public var message: LocalizedText
    /// The rule that was checked.
    public var rule: LocalizedText
    /// Where the rule and its figure come from (rate-book key and public source).
    public var source: String
    /// The budgeted figure as a percentage of the required one, when the two are comparable.
    public var ratioPercent: ExactDecimal?

    /// Creates a finding.
    public init(code: String, severity: FindingSeverity, message: LocalizedText, rule: LocalizedText, source: String,
                ratioPercent: ExactDecimal?) {
        self.code = code
        self.severity = severity
        self.message = message
        self.rule = rule
        self.source = source
        self.ratioPercent = ratioPercent
    }
}
