import DaegaEngine

/// The JSON form of a project check: the verdict and its numbers, the findings, then the estimates behind them.
public enum ProjectCheckJSON {
    /// Renders a check.
    /// - Parameters:
    ///   - project: the check and its estimates.
    ///   - name: the project's name, when known.
    ///   - language: language of sentences.
    public static func render(_ project: ProjectCheckResult, project name: String?, language: Language) -> JSONValue {
        let result = project.check
        let coverage = result.coverage
        var members: [(String, JSONValue)] = [
            ("project", name.map { .string($0) } ?? .null),
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
            ("shortfall", .won(coverage.shortfall)),
            ("budget_needed_break_even", .won(coverage.budgetNeededBreakEven)),
            ("budget_needed_typical_award", .won(coverage.budgetNeededTypicalAward)),
            ("findings", FindingJSON.findings(result.findings, language: language)),
            ("function_point_estimate", project.functionPoints.map { FunctionPointJSON.render($0, language: language) } ?? .null),
            ("man_month_estimate", project.manMonths.map { ManMonthJSON.render($0, language: language) } ?? .null),
            ("comparison", project.comparison.map { ComparisonJSON.render($0, language: language) } ?? .null),
            ("maintenance_estimate", project.maintenance.map { MaintenanceJSON.render($0, findings: nil, language: language) } ?? .null),
        ]
        members += TraceJSON.provenance(trace: result.trace, rates: result.rates, notes: result.notes, language: language)
        return .object(members)
    }
}
