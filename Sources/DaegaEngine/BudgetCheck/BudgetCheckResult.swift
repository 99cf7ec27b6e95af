/// The outcome of a budget check: coverage against the proper cost, every finding, and the overall risk.
public struct BudgetCheckResult: Sendable {
    /// The budget used, VAT 포함.
    public var budgetWithVAT: Won
    /// The coverage assessment.
    public var coverage: CoverageAssessment
    /// Every finding, most severe first.
    public var findings: [Finding]
    /// Assumptions made (VAT reading, overridden defaults).
    public var notes: [EstimateNote]
    /// The steps of the check.
    public var trace: [TraceStep]
    /// Rate-book figures used.
    public var rates: [RateReference]

    /// The highest severity found; `low` when nothing was found.
    public var risk: Severity { findings.reduce(Severity.low) { max($0, $1.severity) } }
}
