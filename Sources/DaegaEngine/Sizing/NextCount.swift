/// What to count next to narrow the range, with the band it would leave.
public struct NextCount: Sendable, Equatable {
    /// A stable code, e.g. `count_transactions`.
    public var code: String
    /// The advice in both languages.
    public var text: LocalizedText
    /// The size band's high ÷ low after following the advice (smaller is narrower).
    public var widthAfter: ExactDecimal

    /// Creates an advice.
    public init(code: String, text: LocalizedText, widthAfter: ExactDecimal) {
        self.code = code
        self.text = text
        self.widthAfter = widthAfter
    }
}
