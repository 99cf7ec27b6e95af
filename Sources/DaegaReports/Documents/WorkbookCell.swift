import DaegaEngine

/// One cell of a workbook sheet: its value and how it looks.
public struct WorkbookCell: Sendable, Equatable {
    /// What a cell holds.
    public enum Value: Sendable, Equatable {
        /// Nothing (the cell is still written when it has a style).
        case empty
        /// Text, kept as text even when it starts like a formula (`=`, `+`, `-`, `@`).
        case text(String)
        /// An exact number.
        case number(ExactDecimal)
        /// A live formula (without the leading `=`) and the value daega computed for it, which readers that do not
        /// recalculate show.
        case formula(String, cached: ExactDecimal)
    }

    /// The value.
    public var value: Value
    /// The look (number format, fill, font).
    public var style: WorkbookCellStyle

    /// Creates a cell.
    public init(_ value: Value, style: WorkbookCellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    public static func text(_ text: String, style: WorkbookCellStyle = .plain) -> WorkbookCell { WorkbookCell(.text(text), style: style) }

    /// A number cell.
    public static func number(_ value: ExactDecimal, style: WorkbookCellStyle = .plain) -> WorkbookCell {
        WorkbookCell(.number(value), style: style)
    }

    /// An amount in won, shown with thousands separators (`#,##0`).
    public static func won(_ amount: Won) -> WorkbookCell { WorkbookCell(.number(ExactDecimal(amount.value)), style: .won) }

    /// A portfolio total in won: a number when it fits a cell's exact number, else its grouped digits as text (a
    /// 128-bit total past the 64-bit range is still shown whole, never rounded or trapped on).
    public static func won(_ total: WonTotal) -> WorkbookCell {
        guard let value = Int64(exactly: total.value) else { return WorkbookCell(.text(total.grouped), style: .won) }
        return WorkbookCell(.number(ExactDecimal(value)), style: .won)
    }

    /// A percentage given in percent units (87.3 for 87.3%), stored as the exact fraction (0.873) and shown as `0.0%`.
    public static func percent(_ percent: ExactDecimal) -> WorkbookCell {
        WorkbookCell(.number(WorkbookCell.fraction(ofPercent: percent)), style: .percent)
    }

    /// An empty cell.
    public static let empty = WorkbookCell(.empty)

    /// `percent` ÷ 100, exactly (two more decimal places; the significand is divided when the scale is at its limit).
    public static func fraction(ofPercent percent: ExactDecimal) -> ExactDecimal {
        if percent.scale + 2 <= ExactDecimal.maximumScale {
            return ExactDecimal(significand: percent.significand, scale: percent.scale + 2)
        }
        return percent.normalized.scale + 2 <= ExactDecimal.maximumScale
            ? fraction(ofPercent: percent.normalized)
            : ExactDecimal(significand: percent.significand / 100, scale: percent.scale)
    }
}
