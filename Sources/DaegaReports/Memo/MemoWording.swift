import DaegaEngine

/// The memo's small vocabulary: picking a language and formatting the engine's values for a reader.
struct MemoWording {
    /// The memo's language.
    var language: Language
    /// The unit of the summary tables.
    var unit: MemoAmountUnit = .won

    /// `ko` or `en` by the memo's language.
    func pick(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    /// A localized text in the memo's language.
    func text(_ text: LocalizedText) -> String { text.text(language) }

    /// An exact amount with thousands separators and its unit (`1,000원`, `₩1,000`), for sentences and the 산출 과정.
    func won(_ amount: Won) -> String { TextReport.format(.won(amount), language) }

    /// An amount in the summary tables' unit, without the unit's name (the table's unit line gives it).
    func amount(_ amount: Won) -> String { unit.figure(amount) }

    /// The unit line of a summary table of amounts.
    var amountCaption: String { unit.caption(language) }

    /// A trace value as the text report shows it.
    func value(_ value: TraceValue) -> String { TextReport.format(value, language) }

    /// A percentage as the engine gave it.
    func percent(_ value: ExactDecimal) -> String { "\(value.fixedText)%" }

    /// A rounding step's description.
    func rounding(_ step: RoundingStep?) -> String {
        step.map { language == .ko ? $0.koreanDescription : $0.englishDescription } ?? "-"
    }

    /// A severity's name.
    func severity(_ severity: Severity) -> String { pick(severity.koreanName, severity.name) }

    /// A method's name.
    func method(_ method: ProperCost.Method) -> String {
        method == .functionPoints ? pick("기능점수 방식", "function-point method") : pick("투입공수 방식", "man-month method")
    }
}
