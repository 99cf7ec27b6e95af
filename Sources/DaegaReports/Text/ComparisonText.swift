import DaegaEngine

/// The terminal report of a function-point versus man-month comparison.
public enum ComparisonText {
    /// Renders a comparison in `language`.
    public static func render(_ comparison: MethodComparison, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let fp = comparison.functionPoints, mm = comparison.manMonths
        var report = TextReport(title: ko ? "기능점수 방식과 투입공수 방식 비교 — \(comparison.work.name.ko)"
                                          : "Function points versus man-months — \(comparison.work.name.en)")
        report.rows(ko ? "금액" : "Totals", [
            (ko ? "기능점수 방식 (VAT 별도)" : "Function points (excl. VAT)", won(fp.total), "\(fp.functionPoints.grouped) FP"),
            (ko ? "투입공수 방식 (VAT 별도)" : "Man-months (excl. VAT)", won(mm.total), mm.manMonths.map { "\($0.grouped) M/M" }),
            (ko ? "차이 (VAT 별도)" : "Difference (excl. VAT)", won(comparison.difference), comparison.differencePercent.map { "\($0)%" }),
            (ko ? "기능점수 방식 (VAT 포함)" : "Function points (incl. VAT)", won(fp.totalWithVAT), nil),
            (ko ? "투입공수 방식 (VAT 포함)" : "Man-months (incl. VAT)", won(mm.totalWithVAT), nil),
            (ko ? "차이 (VAT 포함)" : "Difference (incl. VAT)", won(comparison.differenceWithVAT), nil),
        ])
        var sizeRows: [(String, String, String?)] = []
        if let implied = comparison.impliedProductivity {
            sizeRows.append((ko ? "계획의 생산성" : "Plan's productivity", "\(implied) FP/MM", nil))
        }
        if let blended = comparison.blendedMonthlyRate, let paid = comparison.manMonthsAtFunctionPointCost {
            sizeRows.append((ko ? "M/M당 평균 단가" : "Cost per man-month", won(blended), nil))
            sizeRows.append((ko ? "기능점수 금액으로 살 수 있는 M/M" : "Man-months the FP cost pays", "\(paid) M/M", nil))
        }
        sizeRows.append((ko ? "지침의 1인 생산성" : "지침 productivity", "\(comparison.bandProductivity.value) FP/MM",
                         comparison.bandProductivity.reference.status.rawValue))
        sizeRows.append((ko ? "1인 총투입기간" : "Required man-months", "\(comparison.requiredManMonths) M/M", nil))
        if let proper = comparison.properMonths, let planned = comparison.plannedMonths, let staff = comparison.staff {
            sizeRows.append((ko ? "적정 사업기간" : "Proper duration", ko ? "\(proper)개월" : "\(proper) months",
                             ko ? "평균 \(staff)명, 계획 \(planned)개월" : "\(staff) people, planned \(planned) months"))
        }
        report.rows(ko ? "생산성과 기간" : "Productivity and duration", sizeRows)
        report.bullets(ko ? "해설" : "Explanation", comparison.explanation.map { $0.text(language) })
        report.trace(comparison.trace, language: language)
        var notes: [EstimateNote] = []
        for note in fp.notes + mm.notes + comparison.notes where !notes.contains(note) { notes.append(note) }
        report.provenance(notes: notes, rates: comparison.rates, language: language)
        return report.rendered
    }
}
