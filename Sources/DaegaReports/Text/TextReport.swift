import DaegaEngine

/// A plain-text report for a terminal: a title, aligned label–value rows, numbered trace steps and notes.
public struct TextReport {
    private var lines: [String] = []

    /// Starts a report with a title line.
    /// - Parameters:
    ///   - title: the title.
    ///   - width: the widest line in display columns, or `nil` for no limit; a longer title wraps at spaces.
    public init(title: String, width: Int? = nil) {
        let titleLines = width.map { TextWrapping.lines(title, width: $0, indent: "") } ?? [title]
        lines += titleLines
        lines.append(String(repeating: "=", count: min(78, titleLines.map(DisplayWidth.of).max() ?? 0)))
    }

    /// Adds a section of aligned rows; amounts are right-aligned in one column.
    /// - Parameters:
    ///   - heading: the section's heading, or `nil` for none.
    ///   - rows: label, value and an optional remark after the value.
    ///   - width: the widest line in display columns, or `nil` for no limit; when a row's remark would pass it, every
    ///     remark of the section goes on lines of its own below its row, indented and wrapped at spaces.
    public mutating func rows(_ heading: String?, _ rows: [(String, String, String?)], width: Int? = nil) {
        guard !rows.isEmpty else { return }
        lines.append("")
        if let heading { lines.append(heading) }
        let labelWidth = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        let valueWidth = rows.map { DisplayWidth.of($0.1) }.max() ?? 0
        let remarksBelow = width.map { width in
            rows.contains { 2 + labelWidth + 2 + valueWidth + 2 + DisplayWidth.of($0.2 ?? "") > width }
        } ?? false
        for (label, value, remark) in rows {
            let line = "  " + DisplayWidth.padRight(label, to: labelWidth) + "  " + DisplayWidth.padLeft(value, to: valueWidth)
            guard let remark, !remark.isEmpty else {
                lines.append(line)
                continue
            }
            if let width, remarksBelow {
                lines.append(line)
                lines += TextWrapping.lines("      " + remark, width: width, indent: "      ")
            } else {
                lines.append(line + "  " + remark)
            }
        }
    }

    /// Adds a section of bullet lines.
    /// - Parameters:
    ///   - heading: the section's heading.
    ///   - items: one text per bullet; a line break in an item starts a line of the same bullet.
    ///   - width: the widest line in display columns, or `nil` for no limit; longer lines wrap at spaces, indented
    ///     under the bullet's text (or under their own leading spaces).
    public mutating func bullets(_ heading: String, _ items: [String], width: Int? = nil) {
        guard !items.isEmpty else { return }
        lines.append("")
        lines.append(heading)
        for item in items.map({ "  - " + $0 }) {
            guard let width else {
                lines.append(item)
                continue
            }
            for piece in item.split(separator: "\n", omittingEmptySubsequences: false) {
                let leading = piece.prefix { $0 == " " }.count
                lines += TextWrapping.lines(String(piece), width: width, indent: String(repeating: " ", count: max(leading, 4)))
            }
        }
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
        // By their official titles: the rates folder's own names for its books (`guide-2020`) mean nothing to a reader.
        let books = Array(Set(rates.map(\.edition))).sorted()
        bullets(language == .ko ? "사용한 요율표" : "Rate books used", books)
    }

    /// A trace value formatted for text: won with separators and a unit.
    public static func format(_ value: TraceValue, _ language: Language) -> String {
        switch value {
        case let .won(amount):
            // English puts the sign before the currency sign: -₩4,900,000, not ₩-4,900,000.
            language == .ko ? "\(amount.grouped)원" : amount < .zero ? "-₩\(amount.grouped.dropFirst())" : "₩\(amount.grouped)"
        case let .number(number): number.grouped
        case let .percent(percent): "\(percent.fixedText)%"
        case let .text(text): text
        }
    }

    /// The report's text with a final newline.
    public var rendered: String { lines.joined(separator: "\n") + "\n" }
}
