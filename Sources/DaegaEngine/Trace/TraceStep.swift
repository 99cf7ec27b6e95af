/// A value shown in a trace: money, a plain number, a percentage or text.
public enum TraceValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// An amount in won.
    case won(Won)
    /// A plain exact number (a count, a factor).
    case number(ExactDecimal)
    /// A percentage (25 means 25%).
    case percent(ExactDecimal)
    /// Free text.
    case text(String)

    public var description: String {
        switch self {
        case let .won(amount): "\(amount.grouped)원"
        case let .number(value): value.grouped
        case let .percent(value): "\(value.fixedText)%"
        case let .text(text): text
        }
    }
}

/// One named input of a trace step.
public struct TraceInput: Sendable, Hashable, Codable {
    /// The input's name, in both languages.
    public var name: LocalizedText
    /// Its value.
    public var value: TraceValue

    /// Creates an input.
    public init(_ name: LocalizedText, _ value: TraceValue) {
        self.name = name
        self.value = value
    }
}

/// One step of a calculation: what was computed, by which formula, from which inputs, with which rounding,
/// and which rate-book figures it used. Memos and audits render these; they never recompute.
public struct TraceStep: Sendable, Hashable, Codable {
    /// A stable snake_case key, e.g. `adjusted_cost`.
    public var key: String
    /// The step's label.
    public var label: LocalizedText
    /// The formula in words and symbols.
    public var formula: LocalizedText
    /// The inputs with their values.
    public var inputs: [TraceInput]
    /// The result.
    public var result: TraceValue
    /// The rounding applied to the result, when any.
    public var rounding: RoundingStep?
    /// Rate-book figures this step used.
    public var rates: [RateReference]

    /// Creates a step.
    public init(key: String, label: LocalizedText, formula: LocalizedText, inputs: [TraceInput],
                result: TraceValue, rounding: RoundingStep? = nil, rates: [RateReference] = []) {
        self.key = key
        self.label = label
        self.formula = formula
        self.inputs = inputs
        self.result = result
        self.rounding = rounding
        self.rates = rates
    }
}

/// An assumption the engine made for an input the user left blank, or a caution about a figure.
public struct EstimateNote: Sendable, Hashable, Codable {
    /// A stable code, e.g. `factor_assumed`.
    public var code: String
    /// The note in both languages.
    public var text: LocalizedText

    /// Creates a note.
    public init(code: String, text: LocalizedText) {
        self.code = code
        self.text = text
    }
}
