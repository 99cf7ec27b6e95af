import DaegaEngine

/// JSON forms of the engine's shared building blocks: trace steps, rate references and notes.
public enum TraceJSON {
    /// A trace value: money and numbers as numbers, with a unit key.
    public static func value(_ value: TraceValue) -> JSONValue {
        switch value {
        case let .won(amount): .object([("won", .won(amount))])
        case let .number(number): .object([("number", .number(number))])
        case let .percent(percent): .object([("percent", .number(percent))])
        case let .text(text): .object([("text", .string(text))])
        }
    }

    /// A rate-book reference: the book (as `daega rates` names it), its edition, the figure's status and its public
    /// source; the book's internal key is not shown.
    public static func reference(_ reference: RateReference) -> JSONValue {
        .object([("book", .string(reference.book)), ("edition", .string(reference.edition)),
                 ("status", .string(reference.status.rawValue)), ("source", .string(reference.source))])
    }

    /// A trace step in `language`.
    public static func step(_ step: TraceStep, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("step", .string(step.key)),
            ("label", .string(step.label.text(language))),
            ("formula", .string(step.formula.text(language))),
            ("inputs", .array(step.inputs.map { .object([("name", .string($0.name.text(language))), ("value", value($0.value))]) })),
            ("result", value(step.result)),
        ]
        members.append(("rounding", step.rounding.map {
            .object([("rule", .string($0.rule.rawValue)), ("unit_won", .number(ExactDecimal($0.unit))),
                     ("description", .string(language == .ko ? $0.koreanDescription : $0.englishDescription))])
        } ?? .null))
        members.append(("rates", .array(step.rates.map(reference))))
        return .object(members)
    }

    /// The `trace`, `rates_used`, `uncertain_figures` and `notes` members every estimate's JSON ends with.
    public static func provenance(trace: [TraceStep], rates: [RateReference], notes: [EstimateNote],
                                  language: Language) -> [(String, JSONValue)] {
        [
            ("trace", .array(trace.map { step($0, language: language) })),
            ("rates_used", .array(rates.map(reference))),
            ("uncertain_figures", .array(rates.filter { $0.status == .uncertain }.map(reference))),
            ("notes", .array(notes.map { .object([("code", .string($0.code)), ("text", .string($0.text.text(language)))]) })),
        ]
    }
}
