import DaegaEngine

/// The terminal report of a man-month estimate.
public enum ManMonthText {
    /// Renders an estimate in `language`.
    public static func render(_ estimate: ManMonthEstimate, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        var report = TextReport(title: ko ? "투입공수 방식 사업대가 — \(estimate.wageYear)년 적용 임금, \(estimate.editionTitle)"
                                          : "Man-month estimate — \(estimate.wageYear) wages, \(estimate.editionTitle)")
        report.rows(ko ? "투입 인력" : "Staffing", estimate.lines.map { line in
            let quantity: String = switch line.effort {
            case let .months(months): "\(months.grouped) M/M"
            case let .days(days): "\(days.grouped) M/D"
            }
            let basis = line.pricedMonthly
                ? (ko ? "월 \(won(line.unitWage)) × \(line.pricedQuantity.grouped)" : "\(won(line.unitWage))/month × \(line.pricedQuantity.grouped)")
                : (ko ? "일 \(won(line.unitWage)) × \(line.pricedQuantity.grouped)일" : "\(won(line.unitWage))/day × \(line.pricedQuantity.grouped) days")
            let alias = line.writtenAs.map { ko ? " (입력: \($0))" : " (given as \($0))" } ?? ""
            return ("\(line.job)\(alias) \(quantity)", won(line.amount), basis)
        })
        report.rows(ko ? "사업대가" : "Cost", [
            (ko ? "직접인건비" : "Direct labor", won(estimate.directLabor), estimate.manMonths.map { "\($0.grouped) M/M" }),
            (ko ? "제경비 (\(estimate.overheadPercent)%)" : "Overhead (\(estimate.overheadPercent)%)", won(estimate.overhead), nil),
            (ko ? "기술료 (\(estimate.technicalFeePercent)%)" : "Technical fee (\(estimate.technicalFeePercent)%)", won(estimate.technicalFee), nil),
            (ko ? "직접경비" : "Direct expenses", won(estimate.directExpenses), nil),
            (ko ? "사업대가 (VAT 별도)" : "Total (excl. VAT)", won(estimate.total), nil),
            (ko ? "부가가치세" : "VAT", won(estimate.vat), nil),
            (ko ? "사업대가 (VAT 포함)" : "Total (incl. VAT)", won(estimate.totalWithVAT), nil),
        ])
        report.trace(estimate.trace, language: language)
        report.provenance(notes: estimate.notes, rates: estimate.rates, language: language)
        return report.rendered
    }
}
