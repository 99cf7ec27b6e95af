import DaegaEngine

/// The 예산 검토 sheet of an estimate workbook: the budget (an input) against the proper cost from the estimate
/// sheet, coverage, the vendor's break-even, the shortfall, the risk and every finding.
enum BudgetReviewSheet {
    /// The sheet.
    /// - Parameters:
    ///   - result: the check.
    ///   - properCost: the reference of the VAT-inclusive proper cost on the estimate sheet that priced it.
    ///   - project: the project's name, when given.
    static func sheet(_ result: ProjectCheckResult, properCost: String, project: String?) -> WorkbookSheet {
        let check = result.check, coverage = result.check.coverage
        var builder = EstimateSheetBuilder(name: "예산 검토", title: "예산 검토" + (project.map { ": \($0)" } ?? ""),
                                           subtitle: "적정 대가 산정 방식: \(coverage.properCost.method == .functionPoints ? "기능점수" : "투입공수")")
        let budget = builder.row("예산 (VAT 포함)", .inputWon(check.budgetWithVAT))
        let cost = builder.row("적정 대가 (VAT 포함)", .wonFormula(properCost, coverage.properCost.totalWithVAT), formula: "산정 시트의 VAT 포함 합계")
        builder.row("충족률", WorkbookCell(.formula("ROUND(\(budget)/\(cost),3)", cached: WorkbookCell.fraction(ofPercent: coverage.coveragePercent)),
                                        style: .percent), formula: "예산 ÷ 적정 대가 (소수 첫째 자리 %)")
        builder.row("사업자 손익분기율", .percent(coverage.breakEvenPercent), note: coverage.properCost.marginDefinition.ko)
        builder.row("통상 낙찰률로 낙찰될 때 필요한 충족률", .percent(coverage.typicalBidBreakEvenPercent),
                    note: "통상 낙찰률 \(coverage.awardRatio.value)%")
        builder.row("부족액", .wonFormula("MAX(0,\(cost)-\(budget))", Won(max(0, coverage.properCost.totalWithVAT.value - check.budgetWithVAT.value))),
                    formula: "적정 대가 − 예산 (부족할 때)")
        let word = check.risk.koreanName
        builder.row("유찰 위험", .text(word, style: WorkbookCellStyle.risk(check.risk)))
        builder.heading("발견 사항")
        var sheet = builder.sheet
        sheet.rows.append(["코드", "수준", "내용", "근거"].map { .text($0, style: .header) })
        for finding in check.findings {
            sheet.rows.append([.text(finding.code), .text(finding.severity.koreanName, style: WorkbookCellStyle.risk(finding.severity)),
                               .text(finding.message.ko, style: .wrapped), .text(finding.rule.ko, style: .wrapped)])
        }
        return sheet
    }

}
