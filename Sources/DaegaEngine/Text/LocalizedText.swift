/// A sentence or label in Korean and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// Korean text (the default language).
    public var ko: String
    /// English text.
    public var en: String

    /// Creates a text in both languages.
    public init(ko: String, en: String) {
        self.ko = ko
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String { language == .ko ? ko : en }
}

/// Output language.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Korean (default).
    case ko
    /// English.
    case en
}
