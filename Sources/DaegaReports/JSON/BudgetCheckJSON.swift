import DaegaEngine

/// The JSON form of a budget check.
public enum BudgetCheckJSON {
    /// Renders a check with the estimate it was measured against.
    /// - Parameters:
    ///   - result: the check.
    ///   - project: the project's name, when known.
    ///   - estimate: the JSON of the estimate that gave the proper cost.
    ///   - language: language of sentences.
    public static func render(_ result: BudgetCheckResult, project: String?, estimate: JSONValue, language: Language) -> JSONValue {
        let coverage = result.coverage
        var members: [(String, JSONValue)] = [
            ("project", project.map { .string($0) } ?? .null),
            ("risk", .string(result.risk.name)),
            ("budget_with_vat", .won(result.budgetWithVAT)),
            ("proper_cost_method", .string(coverage.properCost.method.rawValue)),
            ("proper_cost", .won(coverage.properCost.total)),
            ("proper_cost_with_vat", .won(coverage.properCost.totalWithVAT)),
            ("cost_without_margin", .won(coverage.properCost.costWithoutMargin)),
            ("coverage_pct", .number(coverage.coveragePercent)),
            ("break_even_pct", .number(coverage.breakEvenPercent)),
            ("typical_bid_break_even_pct", .number(coverage.typicalBidBreakEvenPercent)),
            ("award_ratio_pct", .number(coverage.awardRatio.value)),
            ("coverage_tier", .string(coverage.tier.rawValue)),
            ("findings", FindingJSON.findings(result.findings, language: language)),
            ("estimate", estimate),
        ]
        members += TraceJSON.provenance(trace: result.trace, rates: result.rates, notes: result.notes, language: language)
        return .object(members)
    }
}
