/// One thing a budget check found: a stable code, a severity, a one-sentence explanation with the numbers,
/// and the rule behind it with its source.
public struct Finding: Sendable, Equatable {
    /// A stable snake_case code, e.g. `coverage_critical`.
    public var code: String
    /// How serious it is.
    public var severity: Severity
    /// One plain sentence with the numbers.
    public var message: LocalizedText
    /// The rule, law or statistic behind it.
    public var rule: LocalizedText
    /// The rate-book figures and rules the finding rests on.
    public var sources: [RateReference]
    /// The budgeted figure as a percentage of the required one, when the two are comparable.
    public var ratioPercent: ExactDecimal?

    /// Creates a finding.
    public init(code: String, severity: Severity, message: LocalizedText, rule: LocalizedText, sources: [RateReference],
                ratioPercent: ExactDecimal? = nil) {
        self.code = code
        self.severity = severity
        self.message = message
        self.rule = rule
        self.sources = sources
        self.ratioPercent = ratioPercent
    }
}
