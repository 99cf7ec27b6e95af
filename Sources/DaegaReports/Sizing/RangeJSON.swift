import DaegaEngine

/// The JSON form of a simulated range: `range` {p10, p50, p90} of the proper cost, per-method ranges, and in a check
/// `coverage_probability` and `no_loss_probability`.
public enum RangeJSON {
    /// The members to add to a command's JSON object.
    /// - Parameters:
    ///   - result: the simulation's result.
    ///   - language: language of the notes.
    /// - Returns: `range` and, when a budget was checked, the two probabilities.
    public static func members(_ result: RangeResult, language: Language) -> [(String, JSONValue)] {
        var range: [(String, JSONValue)] = quantiles(result.properCost)
        range += [
            ("point", .won(result.pointCost)),
            ("point_probability", .number(result.pointPermille.permilleProbability)),
            ("samples", .int(result.settings.samples)),
            ("seed", .number(ExactDecimal(Int64(truncatingIfNeeded: result.settings.seed)))),
            ("stage", result.settings.stage.map { .string($0.rawValue) } ?? .null),
            ("size_exact", .bool(result.band == nil)),
        ]
        if let fp = result.functionPoints { range.append(("function_points_cost", .object(quantiles(fp)))) }
        if let mm = result.manMonths { range.append(("man_months_cost", .object(quantiles(mm)))) }
        range.append(("varied", .array(result.variations.map { .string($0.text.text(language)) })))
        range.append(("sources", .array(result.references.map(TraceJSON.reference))))
        var members: [(String, JSONValue)] = [("range", .object(range))]
        if let coverage = result.coveragePermille, let noLoss = result.noLossPermille {
            members.append(("coverage_probability", .number(coverage.permilleProbability)))
            members.append(("no_loss_probability", .number(noLoss.permilleProbability)))
        }
        return members
    }

    /// Appends the range members to a rendered command object.
    public static func adding(_ result: RangeResult, to object: JSONValue, language: Language) -> JSONValue {
        guard case let .object(members) = object else { return object }
        return .object(members + Self.members(result, language: language))
    }

    static func quantiles(_ quantiles: CostQuantiles) -> [(String, JSONValue)] {
        [("p10", .won(quantiles.p10)), ("p50", .won(quantiles.p50)), ("p90", .won(quantiles.p90))]
    }
}
