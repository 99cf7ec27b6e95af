import DaegaEngine

/// The terminal report of a budget solved back into function points.
public enum BudgetScopeText {
    /// Renders the solved scope, then the estimate at that size.
    public static func render(_ scope: BudgetScope, language: Language) -> String {
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        var report = TextReport(title: ko ? "예산으로 살 수 있는 기능점수 — \(scope.estimate.editionTitle)"
                                          : "Function points a budget pays for — \(scope.estimate.editionTitle)")
        report.rows(nil, [
            (ko ? "예산 (VAT 포함)" : "Budget (incl. VAT)", won(scope.budget), nil),
            (ko ? "살 수 있는 기능점수" : "Function points affordable", "\(scope.functionPoints.grouped) FP",
             ko ? "0.1 FP 단위" : "in steps of 0.1 FP"),
            (ko ? "그 규모의 개발비 (VAT 포함)" : "Cost at that size (incl. VAT)", won(scope.estimate.totalWithVAT), nil),
            (ko ? "남는 예산" : "Budget left over", won(scope.remainder), nil),
            (ko ? "0.1 FP 더 클 때 (VAT 포함)" : "Cost 0.1 FP larger (incl. VAT)", won(scope.nextStepTotalWithVAT), nil),
        ])
        return report.rendered + "\n" + FunctionPointText.render(scope.estimate, language: language)
    }
}
