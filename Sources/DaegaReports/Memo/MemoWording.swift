import DaegaEngine

/// The memo's small vocabulary: picking a language and formatting the engine's values for a reader.
struct MemoWording {
    /// The memo's language.
    var language: Language

    /// `ko` or `en` by the memo's language.
    func pick(_ ko: String, _ en: String) -> String { language == .ko ? ko : en }

    /// A localized text in the memo's language.
    func text(_ text: LocalizedText) -> String { text.text(language) }

    /// An amount with thousands separators and its unit (`1,000원`, `₩1,000`).
    func won(_ amount: Won) -> String { TextReport.format(.won(amount), language) }

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

    /// A rate reference as `book:key`.
    func reference(_ reference: RateReference) -> String { "\(reference.book):\(reference.key)" }

    /// The line a section shows when its inputs were not given.
    func omitted(_ ko: String, _ en: String) -> [MemoBlock] { [.omitted(pick(ko, en))] }
}
