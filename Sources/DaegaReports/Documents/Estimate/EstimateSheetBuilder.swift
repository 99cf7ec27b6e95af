import DaegaEngine

/// Builds an estimate sheet laid out like KOSA's forms: a title, a legend, then one labelled row per figure (항목,
/// 값, 산식, 비고), each row's value cell known by its reference so later formulas can point at it.
struct EstimateSheetBuilder {
    private(set) var sheet: WorkbookSheet

    /// Starts a sheet with its title and the legend of input cells.
    init(name: String, title: String, subtitle: String) {
        sheet = WorkbookSheet(name: name, rows: [[.text(title, style: .title)]])
        sheet.columnWidths = [1: 36, 2: 18, 3: 48, 4: 44]
        sheet.printsLandscapeFitToWidth = true
        line(subtitle)
        line("노란 칸은 바꿀 수 있는 입력값이고, 나머지 값은 수식입니다 (저장된 값은 daega가 계산한 결과). "
             + "입력값을 바꾸면 Excel이 가이드 순서대로 다시 계산합니다.")
        sheet.rows.append([])
        sheet.rows.append(["항목", "값", "산식", "비고"].map { .text($0, style: .header) })
    }

    /// The reference of the value cell on the next row.
    var nextValue: String { "B\(sheet.rows.count + 1)" }

    /// Appends a labelled row and returns its value cell's reference (`B12`).
    @discardableResult
    mutating func row(_ label: String, _ value: WorkbookCell, formula: String = "", note: String = "") -> String {
        let reference = nextValue
        sheet.rows.append([.text(label), value, .text(formula, style: .wrapped), .text(note, style: .wrapped)])
        return reference
    }

    /// Appends a blank row and a bold heading.
    mutating func heading(_ text: String) {
        sheet.rows.append([])
        sheet.rows.append([.text(text, style: .title)])
    }

    /// Appends a line of text across the table's four columns, wrapped.
    mutating func line(_ text: String) {
        sheet.rows.append([.text(text, style: .wrapped)])
        sheet.mergedRanges.append("A\(sheet.rows.count):D\(sheet.rows.count)")
    }

    /// Appends the rate-book figures the estimate used, with edition, source and status.
    mutating func sources(_ references: [RateReference]) {
        heading("근거 (요율표)")
        for reference in references {
            line("\(reference.edition) — \(reference.source) [\(reference.status.rawValue)]")
        }
    }
}

extension WorkbookCell {
    /// An input amount in won (yellow).
    static func inputWon(_ amount: Won) -> WorkbookCell { WorkbookCell(.number(ExactDecimal(amount.value)), style: .inputWon) }

    /// An input number (yellow).
    static func input(_ value: ExactDecimal) -> WorkbookCell { WorkbookCell(.number(value), style: .input) }

    /// An input percentage given in percent units, stored as its fraction and shown as `0.0%` (yellow).
    static func inputPercent(_ percent: ExactDecimal) -> WorkbookCell {
        WorkbookCell(.number(fraction(ofPercent: percent)), style: .inputPercent)
    }

    /// A won formula with daega's value cached.
    static func wonFormula(_ formula: String, _ amount: Won) -> WorkbookCell {
        WorkbookCell(.formula(formula, cached: ExactDecimal(amount.value)), style: .won)
    }
}
