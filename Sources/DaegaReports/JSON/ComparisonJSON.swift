import DaegaEngine

/// The JSON form of a function-point versus man-month comparison.
public enum ComparisonJSON {
    /// Renders a comparison with both estimates in full under `function_points` and `man_months`.
    public static func render(_ comparison: MethodComparison, language: Language) -> JSONValue {
        let optionalNumber: (ExactDecimal?) -> JSONValue = { $0.map { .number($0) } ?? .null }
        var members: [(String, JSONValue)] = [
            ("method", .string("comparison")),
            ("work", .string(comparison.work.rawValue)),
            ("expected_method", .string(comparison.work.expectsFunctionPoints ? "function_points" : "man_months")),
            ("function_points_total", .won(comparison.functionPoints.total)),
            ("function_points_total_with_vat", .won(comparison.functionPoints.totalWithVAT)),
            ("man_months_total", .won(comparison.manMonths.total)),
            ("man_months_total_with_vat", .won(comparison.manMonths.totalWithVAT)),
            ("difference", .won(comparison.difference)),
            ("difference_with_vat", .won(comparison.differenceWithVAT)),
            ("difference_pct", optionalNumber(comparison.differencePercent)),
            ("function_points", .number(comparison.functionPoints.functionPoints)),
            ("plan_man_months", optionalNumber(comparison.planManMonths)),
            ("implied_fp_per_mm", optionalNumber(comparison.impliedProductivity)),
            ("blended_monthly_rate", comparison.blendedMonthlyRate.map { .won($0) } ?? .null),
            ("man_months_at_fp_cost", optionalNumber(comparison.manMonthsAtFunctionPointCost)),
            ("band_fp_per_mm", .number(comparison.bandProductivity.value)),
            ("required_man_months", .number(comparison.requiredManMonths)),
            ("planned_months", optionalNumber(comparison.plannedMonths)),
            ("staff", optionalNumber(comparison.staff)),
            ("proper_months", optionalNumber(comparison.properMonths)),
            ("explanation", .array(comparison.explanation.map { .string($0.text(language)) })),
            ("function_points_estimate", FunctionPointJSON.render(comparison.functionPoints, language: language)),
            ("man_months_estimate", ManMonthJSON.render(comparison.manMonths, language: language)),
        ]
        members += TraceJSON.provenance(trace: comparison.trace, rates: comparison.rates, notes: comparison.notes, language: language)
        return .object(members)
    }
}
