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

extension Finding {
    /// Creates a finding whose sentences and sources are built only when narrating; under `.silent` narration the
    /// code, severity and ratio are kept and the text is left empty.
    public init(_ narration: Narration, code: String, severity: Severity, message: @autoclosure () -> LocalizedText,
                rule: @autoclosure () -> LocalizedText, sources: @autoclosure () -> [RateReference],
                ratioPercent: ExactDecimal? = nil) {
        if narration == .full {
            self.init(code: code, severity: severity, message: message(), rule: rule(), sources: sources(), ratioPercent: ratioPercent)
        } else {
            self.init(code: code, severity: severity, message: .silent, rule: .silent, sources: [], ratioPercent: ratioPercent)
        }
    }
}

extension LocalizedText {
    /// The empty text a silent narration leaves in place of a sentence.
    static let silent = LocalizedText(ko: "", en: "")
}
