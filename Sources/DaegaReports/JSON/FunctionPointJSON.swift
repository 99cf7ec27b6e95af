import DaegaEngine

/// The JSON form of a function-point estimate (snake_case keys, won as integers).
public enum FunctionPointJSON {
    /// Renders an estimate.
    /// - Parameters:
    ///   - estimate: the engine's result.
    ///   - language: language of labels and notes.
    /// - Returns: the JSON object.
    public static func render(_ estimate: FunctionPointEstimate, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("method", .string("function_points")),
            ("edition", .int(estimate.edition)),
            ("edition_title", .string(estimate.editionTitle)),
            ("counting_method", .string(estimate.count.method.text(language))),
            ("function_points", .number(estimate.functionPoints)),
            ("functions", .array(estimate.count.lines.map(line))),
            ("redevelopment", redevelopment(estimate.count)),
            ("unit_price", .won(estimate.unitPrice)),
            ("phase_share_pct", .number(estimate.phaseSharePercent)),
            ("size_factor", .number(estimate.sizeFactor)),
            ("factors", .array(estimate.factors.map { factor in
                .object([("factor", .string(factor.kind.rawValue)), ("name", .string(factor.name.text(language))),
                         ("level", .int(factor.level)), ("value", .number(factor.value)),
                         ("meaning", .string(factor.meaning.text(language))), ("assumed", .bool(factor.assumed))])
            })),
            ("unadjusted_cost", .won(estimate.unadjustedCost)),
            ("adjusted_cost", .won(estimate.adjustedCost)),
            ("profit_pct", .number(estimate.profitPercent)),
            ("profit", .won(estimate.profit)),
            ("direct_expenses", .won(estimate.directExpenses)),
            ("total", .won(estimate.total)),
            ("vat", .won(estimate.vat)),
            ("total_with_vat", .won(estimate.totalWithVAT)),
        ]
        members += TraceJSON.provenance(trace: estimate.trace, rates: estimate.rates, notes: estimate.notes, language: language)
        return .object(members)
    }

    static func line(_ line: CountedFunction) -> JSONValue {
        .object([("name", .string(line.name)), ("type", .string(line.type.rawValue.uppercased())),
                 ("quantity", .int(line.quantity)), ("complexity", line.complexity.map { .string($0.rawValue) } ?? .null),
                 ("det", line.det.map { .int($0) } ?? .null), ("ret_ftr", line.retOrFtr.map { .int($0) } ?? .null),
                 ("weight", .number(line.weight)), ("points", .number(line.points)),
                 ("change", .string(line.change.rawValue)),
                 ("change_rate_pct", line.changeRatePercent.map { .number($0) } ?? .null),
                 ("impact_factor", line.impactFactor.map { .number($0) } ?? .null)])
    }

    /// The 재개발 split of a count (new, changed and measured FP), or `null` for a count with only new functions.
    static func redevelopment(_ count: FunctionPointCount) -> JSONValue {
        guard count.isRedevelopment else { return .null }
        return .object([("new_fp", .number(count.newPoints)), ("changed_fp", .number(count.changedPoints)),
                        ("measured_fp", .number(count.total)),
                        ("deleted_functions", .int(count.lines.count { $0.change == .deleted })),
                        ("reused_functions", .int(count.lines.count { $0.change == .reused }))])
    }
}
