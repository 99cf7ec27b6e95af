import DaegaEngine

/// 4. 예산 검토 (only when a budget was given): the budget against the proper cost, the vendor's break-even lines,
/// the overall risk and every finding with the rule it rests on.
enum MemoBudgetReview {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        guard let check = c.check else { return [] }
        let w = c.wording, coverage = check.coverage
        let rows: [[String]] = [
            [w.pick("예산 (VAT 포함)", "Budget (incl. VAT)"), w.amount(check.budgetWithVAT), ""],
            [w.pick("적정 대가 (VAT 포함)", "Proper cost (incl. VAT)"), w.amount(coverage.properCost.totalWithVAT), w.method(coverage.properCost.method)],
            [w.pick("예산 충족률", "Coverage"), w.percent(coverage.coveragePercent), w.pick("예산 ÷ 적정 대가", "budget ÷ proper cost")],
            [w.pick("손익분기선 (예산 전액 입찰)", "Break-even (bid at full budget)"), w.percent(coverage.breakEvenPercent),
             w.pick("충족률이 이보다 낮으면 예산 전액으로 입찰해도 손실 (심각)", "coverage below this: even a full-budget bid loses (critical)")],
            [w.pick("손익분기선 (통상 낙찰률 \(coverage.awardRatio.value)%)", "Break-even (typical award \(coverage.awardRatio.value)%)"),
             w.percent(coverage.typicalBidBreakEvenPercent),
             w.pick("충족률이 이보다 낮으면 통상 낙찰가로 손실 (높음); 100% 미만이면 보통",
                    "coverage below this: a typical winning bid loses (high); below 100%: medium")],
        ]
        var blocks: [MemoBlock] = [
            .item(.topic, w.pick("예산 충족률 \(w.percent(coverage.coveragePercent)), 종합 위험도 \(w.severity(check.risk))",
                                 "Coverage \(w.percent(coverage.coveragePercent)), overall risk \(w.severity(check.risk))")),
            .table(MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("금액·비율", "Amount or ratio"), numeric: true),
                              MemoColumn(w.pick("의미", "Meaning"))], rows: rows, unit: w.amountCaption)),
        ]
        let findings = check.findings.filter { !c.estimates.maintenanceFindings.contains($0) }
        blocks.append(.item(.topic, w.pick("발견 사항", "Findings")))
        blocks += findings.isEmpty ? [.item(.point, w.pick("발견 사항 없음", "Nothing was found"))] : MemoFindings.blocks(findings, w)
        return blocks
    }
}
