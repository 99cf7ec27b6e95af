import DaegaEngine

/// The JSON form of an early size: `function_points` and `cost` as {low, likely, high}, the method, the mapping line
/// by line and what to count next.
public enum SizeJSON {
    /// Renders a size estimate.
    /// - Parameters:
    ///   - estimate: the engine's result.
    ///   - language: language of labels and notes.
    /// - Returns: the JSON object.
    public static func render(_ estimate: SizeEstimate, language: Language) -> JSONValue {
        let likely = estimate.costs.likely
        return .object([
            ("method", .string(estimate.method.rawValue)),
            ("method_name", .string(estimate.method.name.text(language))),
            ("method_error_pct", .number(estimate.errorPercent)),
            ("stage", .string(estimate.stage.rawValue)),
            ("stage_growth", .number(estimate.band.growth)),
            ("stage_band", .object([("low", .number(estimate.band.low)), ("high", .number(estimate.band.high))])),
            ("counted_function_points", .number(estimate.countedFunctionPoints)),
            ("function_points", range(estimate.functionPoints, JSONValue.number)),
            ("edition", .int(likely.edition)),
            ("edition_title", .string(likely.editionTitle)),
            ("cost", range(estimate.costWithVAT, JSONValue.won)),
            ("cost_excluding_vat", range(estimate.costWithoutVAT, JSONValue.won)),
            ("lines", .array(estimate.lines.map { line($0, language: language) })),
            ("next_to_count", .array(estimate.nextToCount.map { advice in
                .object([("code", .string(advice.code)), ("text", .string(advice.text.text(language))),
                         ("band_width_after", .number(advice.widthAfter))])
            })),
            ("sizing_sources", .array(estimate.sizingReferences.map { pair in
                .object([("origin", .string(pair.origin.rawValue)), ("origin_label", .string(pair.origin.label.text(language))),
                         ("status", .string(pair.reference.status.rawValue)), ("source", .string(pair.reference.source))])
            })),
            ("likely_estimate", FunctionPointJSON.render(likely, language: language)),
            ("notes", .array(estimate.notes.map { .string($0.text.text(language)) })),
        ])
    }

    static func range<Value>(_ range: ValueRange<Value>, _ value: (Value) -> JSONValue) -> JSONValue {
        .object([("low", value(range.low)), ("likely", value(range.likely)), ("high", value(range.high))])
    }

    static func line(_ line: SizedLine, language: Language) -> JSONValue {
        .object([("line", line.line.map { .int($0) } ?? .null), ("label", .string(line.label.text(language))), ("kind", .string(line.kind)),
                 ("type", line.type.map { .string($0.rawValue.uppercased()) } ?? .null), ("quantity", .int(line.quantity)),
                 ("weight", .number(line.weight)), ("points", .number(line.points))])
    }
}
