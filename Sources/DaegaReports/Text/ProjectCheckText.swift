import DaegaEngine

/// The terminal report of a project check.
public enum ProjectCheckText {
    /// Renders a check: the verdict and the lines an officer compares against, each finding with its rule,
    /// then the estimates behind it.
    public static func render(_ project: ProjectCheckResult, project name: String?, language: Language) -> String {
        let result = project.check
        let ko = language == .ko
        let won: (Won) -> String = { TextReport.format(.won($0), language) }
        let coverage = result.coverage
        let method = coverage.properCost.method.name.text(language)
        var report = TextReport(title: (ko ? "예산 적정성·유찰 위험 점검" : "Budget adequacy and tender-failure risk") + (name.map { " — \($0)" } ?? ""))
        report.rows(nil, [
            (ko ? "종합 위험도" : "Overall risk", ko ? "\(result.risk.koreanName) (\(result.risk.name))" : result.risk.name, nil),
            (ko ? "예산 (VAT 포함)" : "Budget (incl. VAT)", won(result.budgetWithVAT), nil),
            (ko ? "적정 대가 (VAT 포함)" : "Proper cost (incl. VAT)", won(coverage.properCost.totalWithVAT), method),
            (ko ? "예산 충족률" : "Coverage", "\(coverage.coveragePercent.fixedText)%",
             coverage.shortfall > .zero ? (ko ? "100% 미만은 내림해 표시" : "shown rounded down below 100%") : nil),
            (ko ? "부족액 (VAT 포함)" : "Shortfall (incl. VAT)", won(coverage.shortfall),
             ko ? "적정 대가 − 예산; 충족이면 0원" : "proper cost − budget; 0 when covered"),
            (ko ? "손익분기선 (예산 전액 입찰)" : "Break-even line (bid at full budget)", "\(coverage.breakEvenPercent.fixedText)%",
             ko ? "충족률이 이보다 낮으면 예산 전액으로 입찰해도 손실 → 심각" : "coverage below this: even a full-budget bid loses → critical"),
            (ko ? "손익분기선 (통상 낙찰률 \(coverage.awardRatio.value)%)" : "Break-even line (typical award \(coverage.awardRatio.value)%)",
             "\(coverage.typicalBidBreakEvenPercent.fixedText)%",
             ko ? "충족률이 이보다 낮으면 통상 낙찰가로 손실 → 높음; 100% 미만이면 보통" : "coverage below this: a typical winning bid loses → high; below 100% → medium"),
            (ko ? "손실 없는 예산 (전액 입찰)" : "Budget for no loss (full bid)", won(coverage.budgetNeededBreakEven),
             ko ? "이 금액 미만이면 심각" : "below this: critical"),
            (ko ? "손실 없는 예산 (통상 낙찰)" : "Budget for no loss (typical award)", won(coverage.budgetNeededTypicalAward),
             ko ? "이 금액 미만이면 높음" : "below this: high"),
        ])
        report.bullets(ko ? "발견 사항" : "Findings", result.findings.map { finding in
            "[\(ko ? finding.severity.koreanName : finding.severity.name)] \(finding.message.text(language))\n      \(ko ? "근거" : "Rule"): \(finding.rule.text(language))"
        })
        report.trace(result.trace, language: language)
        report.provenance(notes: result.notes, rates: result.rates, language: language)
        var sections = [report.rendered]
        if let comparison = project.comparison {
            sections.append(ComparisonText.render(comparison, language: language))
        } else {
            sections += [project.functionPoints.map { FunctionPointText.render($0, language: language) },
                         project.manMonths.map { ManMonthText.render($0, language: language) }].compactMap { $0 }
        }
        if let maintenance = project.maintenance {
            sections.append(MaintenanceText.render(maintenance, findings: nil, language: language))
        }
        return sections.joined(separator: "\n")
    }
}
