import DaegaEngine

/// The looks a daega workbook uses, each one cell format (`cellXfs` entry) of the styles part, in this order.
public enum WorkbookCellStyle: Int, Sendable, CaseIterable {
    /// Default text or number (General).
    case plain
    /// A column header: bold on a light blue fill, thin border, wrapped.
    case header
    /// Won with thousands separators, `#,##0`.
    case won
    /// A fraction shown as a percentage with one decimal, `0.0%`.
    case percent
    /// A count or size with up to two decimals, `#,##0.##`.
    case decimal
    /// A value the user may change (an input of the estimate): light yellow fill; numbers `#,##0.##`.
    case input
    /// An input amount in won: light yellow fill, `#,##0`.
    case inputWon
    /// An input rate: light yellow fill, `0.0%`.
    case inputPercent
    /// A sheet's title line: bold, larger.
    case title
    /// Long text wrapped in its cell.
    case wrapped
    /// Risk 낮음: green fill.
    case riskLow
    /// Risk 보통: yellow fill.
    case riskMedium
    /// Risk 높음: orange fill.
    case riskHigh
    /// Risk 심각: dark red fill, bold white text.
    case riskCritical

    /// The coloured fill of a risk level.
    public static func risk(_ severity: Severity) -> WorkbookCellStyle {
        switch severity {
        case .low: .riskLow
        case .medium: .riskMedium
        case .high: .riskHigh
        case .critical: .riskCritical
        }
    }

    /// The number format id: built-in 0 (General) and 3 (`#,##0`), or one of ``customFormats``.
    var numberFormatID: Int {
        switch self {
        case .won, .inputWon: 3
        case .percent, .inputPercent: 164
        case .decimal, .input: 165
        default: 0
        }
    }

    /// The custom number formats the styles part declares.
    static let customFormats: [(id: Int, code: String)] = [(164, "0.0%"), (165, "#,##0.##")]

    /// The font: 0 regular, 1 bold, 2 bold white, 3 bold large.
    var fontID: Int {
        switch self {
        case .header: 1
        case .riskCritical: 2
        case .title: 3
        default: 0
        }
    }

    /// The fill: 0 none, 1 gray125 (required by the format), then the colours of ``fillColours`` from 2.
    var fillID: Int {
        switch self {
        case .header: 2
        case .input, .inputWon, .inputPercent: 3
        case .riskLow: 4
        case .riskMedium: 5
        case .riskHigh: 6
        case .riskCritical: 7
        default: 0
        }
    }

    /// Solid fill colours (ARGB), fills 2… in order.
    static let fillColours = ["FFD9E1F2", "FFFFF2CC", "FFE2EFDA", "FFFFEB9C", "FFF8CBAD", "FFC00000"]

    /// Whether the cell has a thin border.
    var hasBorder: Bool { self == .header }

    /// Whether text wraps.
    var wraps: Bool { self == .header || self == .wrapped }
}
