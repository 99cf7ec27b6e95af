import DaegaEngine

/// The VAT rows every estimate sheet ends with: rate (an input), VAT rounded by the edition's rule, and the total
/// with VAT, all taken from the engine's recorded VAT step.
enum VATRows {
    /// Appends the rows and returns the reference of the total with VAT.
    /// - Parameters:
    ///   - builder: the sheet.
    ///   - total: the reference of the total without VAT.
    ///   - trace: the estimate's trace, whose `vat` step gives the rate and the rounding.
    ///   - vat: the engine's VAT.
    ///   - totalWithVAT: the engine's total with VAT.
    ///   - label: the total's name.
    static func append(to builder: inout EstimateSheetBuilder, total: String, trace: [TraceStep], vat: Won, totalWithVAT: Won,
                       label: String) -> String {
        let step = trace.first { $0.key == "vat" }
        let rate = step?.inputs.lazy.compactMap { input -> ExactDecimal? in
            if case let .percent(value) = input.value { return value }
            return nil
        }.first
        let vatCell: String
        if let rate, let rounding = step?.rounding {
            let rateCell = builder.row("부가가치세율", .inputPercent(rate))
            vatCell = builder.row("부가가치세", .wonFormula(ExcelRounding.formula("\(total)*\(rateCell)", step: rounding), vat),
                                  formula: "합계 × 세율 (" + ExcelRounding.describe(rounding) + ")")
        } else {
            vatCell = builder.row("부가가치세", .won(vat))
        }
        return builder.row(label, .wonFormula("\(total)+\(vatCell)", totalWithVAT), formula: "합계 + 부가가치세")
    }
}
