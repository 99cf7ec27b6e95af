import DaegaEngine

/// A plain-text report for a terminal: a title, aligned label–value rows, numbered trace steps and notes.
public struct TextReport {
    private var lines: [String] = []

    /// Starts a report with a title line.
    public init(title: String) {
        lines.append(title)
        lines.append(String(repeating: "=", count: min(78, DisplayWidth.of(title))))
    }

    /// Adds a section of aligned rows; amounts are right-aligned in one column.
    /// - Parameters:
    ///   - heading: the section's heading, or `nil` for none.
    ///   - rows: label, value and an optional remark after the value.
    public mutating func rows(_ heading: String?, _ rows: [(String, String, String?)]) {
        guard !rows.isEmpty else { return }
        lines.append("")
        if let heading { lines.append(heading) }
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let valueWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
        for (label, value, remark) in rows {
            var line = "  " + DisplayWidth.padRight(label, to: labelWidth) + "  " + DisplayWidth.padLeft(value, to: valueWidth)
            if let remark, !remark.isEmpty { line += "  " + remark }
            lines.append(line)
        }
    }

    /// Adds a section of bullet lines.
    public mutating func bullets(_ heading: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        lines.append("")
        lines.append(heading)
        lines += items.map { "  - " + $0 }
    }

    /// Adds the numbered calculation steps of a trace.
    public mutating func trace(_ steps: [TraceStep], language: Language) {
        guard !steps.isEmpty else { return }
        lines.append("")
        lines.append(language == .ko ? "산출 과정" : "Calculation steps")
        for (offset, step) in steps.enumerated() {
            var line = "  \(offset + 1). \(step.label.text(language)) = \(step.formula.text(language))"
            let inputs = step.inputs.map { "\($0.name.text(language)) \(Self.format($0.value, language))" }
            if !inputs.isEmpty { line += " [" + inputs.joined(separator: ", ") + "]" }
            line += " → " + Self.format(step.result, language)
            if let rounding = step.rounding {
                line += " (" + (language == .ko ? rounding.koreanDescription : rounding.englishDescription) + ")"
            }
            lines.append(line)
        }
    }

    /// Adds the standard closing sections: assumptions and every UNCERTAIN figure used, with its edition and source (each
    /// distinct source once; never the rate book's internal key).
    public mutating func provenance(notes: [EstimateNote], rates: [RateReference], language: Language) {
        bullets(language == .ko ? "가정 및 유의사항" : "Assumptions and cautions", notes.map { $0.text.text(language) })
        var uncertain: [String] = []
        for rate in rates where rate.status == .uncertain {
            let line = "\(rate.edition) — \(rate.source)"
            if !uncertain.contains(line) { uncertain.append(line) }
        }
        bullets(language == .ko ? "불확실한 수치 (UNCERTAIN: 기본값이며 재정의 가능)" : "Uncertain figures (UNCERTAIN: overridable defaults)",
                uncertain)
        let books = Array(Set(rates.map { "\($0.book) (\($0.edition))" })).sorted()
        bullets(language == .ko ? "사용한 요율표" : "Rate books used", books)
    }

    /// A trace value formatted for text: won with separators and a unit.
    public static func format(_ value: TraceValue, _ language: Language) -> String {
        switch value {
        case let .won(amount): language == .ko ? "\(amount.grouped)원" : "₩\(amount.grouped)"
        case let .number(number): number.grouped
        case let .percent(percent): "\(percent.fixedText)%"
        case let .text(text): text
        }
    }

    /// The report's text with a final newline.
    public var rendered: String { lines.joined(separator: "\n") + "\n" }
}
