import DaegaEngine

/// The terminal report of a function-point estimate.
public enum FunctionPointText {
    /// Renders an estimate in `language`.
    public static func render(_ estimate: FunctionPointEstimate, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        var report = TextReport(title: ko ? "기능점수 방식 SW 개발비 — \(estimate.editionTitle)"
                                          : "Software development cost by function points — \(estimate.editionTitle)")
        var sizeRows: [(String, String, String?)] = [
            (ko ? "기능점수" : "Function points", "\(estimate.functionPoints.grouped) FP", estimate.count.method.text(language)),
            (ko ? "기능점수당 단가" : "Unit price per FP", won(estimate.unitPrice), nil),
        ]
        if estimate.phaseSharePercent != ExactDecimal(100) {
            sizeRows.append((ko ? "발주 비중" : "Ordered share", "\(estimate.phaseSharePercent)%", nil))
        }
        sizeRows.append((ko ? "규모 보정계수" : "Size factor", estimate.sizeFactor.fixedText, nil))
        for factor in estimate.factors {
            let assumed = factor.assumed ? (ko ? " [가정]" : " [assumed]") : ""
            sizeRows.append((factor.name.text(language), factor.value.fixedText,
                             (ko ? "\(factor.level)등급 " : "level \(factor.level): ") + factor.meaning.text(language) + assumed))
        }
        report.rows(ko ? "규모와 보정계수" : "Size and adjustment factors", sizeRows)
        report.rows(ko ? "개발비" : "Cost", [
            (ko ? "보정전 개발원가" : "Unadjusted cost", won(estimate.unadjustedCost), nil),
            (ko ? "개발원가 (보정후)" : "Adjusted cost", won(estimate.adjustedCost), nil),
            (ko ? "이윤 (\(estimate.profitPercent)%)" : "Profit (\(estimate.profitPercent)%)", won(estimate.profit), nil),
            (ko ? "직접경비" : "Direct expenses", won(estimate.directExpenses), nil),
            (ko ? "소프트웨어 개발비 (VAT 별도)" : "Total (excl. VAT)", won(estimate.total), nil),
            (ko ? "부가가치세" : "VAT", won(estimate.vat), nil),
            (ko ? "소프트웨어 개발비 (VAT 포함)" : "Total (incl. VAT)", won(estimate.totalWithVAT), nil),
        ])
        report.trace(estimate.trace, language: language)
        report.provenance(notes: estimate.notes, rates: estimate.rates, language: language)
        return report.rendered
    }
}
