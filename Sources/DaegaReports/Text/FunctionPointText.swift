import DaegaEngine

/// The terminal report of a function-point estimate.
public enum FunctionPointText {
    /// Renders an estimate in `language`.
    public static func render(_ estimate: FunctionPointEstimate, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let redevelopment = estimate.count.isRedevelopment
        var report = TextReport(title: ko ? "기능점수 방식 SW \(redevelopment ? "재개발비" : "개발비") — \(estimate.editionTitle)"
                                          : "Software \(redevelopment ? "redevelopment" : "development") cost by function points — \(estimate.editionTitle)")
        if redevelopment { redevelopmentRows(estimate.count, into: &report, language: language) }
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
            (ko ? "소프트웨어 \(redevelopment ? "재개발비" : "개발비") (VAT 포함)" : "Total (incl. VAT)", won(estimate.totalWithVAT), nil),
        ])
        report.trace(estimate.trace, language: language)
        report.provenance(notes: estimate.notes, rates: estimate.rates, language: language)
        return report.rendered
    }

    /// The 재개발 split (new, changed, measured FP) and every function that is not simply new, with its rate and factor.
    static func redevelopmentRows(_ count: FunctionPointCount, into report: inout TextReport, language: Language) {
        let ko = language == .ko
        report.rows(ko ? "재개발 규모" : "Redevelopment size", [
            (ko ? "신규개발 기능점수" : "New functions", "\(count.newPoints.grouped) FP", nil),
            (ko ? "기능변경 기능점수" : "Changed functions", "\(count.changedPoints.grouped) FP",
             ko ? "가중치 × 영향계수" : "weight × impact factor"),
            (ko ? "측정 기능점수 합계" : "Measured total", "\(count.total.grouped) FP",
             ko ? "삭제·재사용 기능은 측정하지 않음" : "deleted and reused functions are not measured"),
        ])
        report.rows(ko ? "신규가 아닌 기능" : "Functions other than new", count.lines.filter { $0.change != .new }.map { line in
            let kind = ko ? line.change.koreanName : line.change.rawValue
            let remark: String
            if let rate = line.changeRatePercent, let factor = line.impactFactor {
                remark = ko ? "기능변경률 \(rate)% → 영향계수 \(factor)\(line.type == .eif ? " (외부연계파일 변경은 측정하지 않음)" : "")"
                            : "change rate \(rate)% → impact factor \(factor)\(line.type == .eif ? " (EIF changes are not measured)" : "")"
            } else {
                remark = ko ? "측정하지 않음" : "not measured"
            }
            return ("\(line.name) (\(line.type.rawValue.uppercased()), \(kind))", "\(line.points.grouped) FP", remark)
        })
    }
}
