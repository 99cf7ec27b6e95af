import DaegaEngine

/// 예산 검토: the budget against the proper cost, the vendor's break-even lines, and every finding with its rule.
enum MemoBudgetReview {
    static func blocks(_ check: BudgetCheckResult?, excluding shown: [Finding], _ w: MemoWording) -> [MemoBlock] {
        guard let check else {
            return w.omitted("예산 금액이 없어 예산 검토(충족률, 손익분기선, 유찰 위험)를 하지 않았습니다. 프로젝트 파일 [budget]의 amount에 예산(VAT 포함)을 적으면 검토합니다.",
                             "No budget amount was given, so the budget was not reviewed (coverage, break-even, tender-failure risk). Give [budget] amount (incl. VAT) in the project file to review it.")
        }
        let coverage = check.coverage
        let rows: [[String]] = [
            [w.pick("예산 (VAT 포함)", "Budget (incl. VAT)"), w.won(check.budgetWithVAT), ""],
            [w.pick("적정 대가 (VAT 포함)", "Proper cost (incl. VAT)"), w.won(coverage.properCost.totalWithVAT), ""],
            [w.pick("예산 충족률", "Coverage"), w.percent(coverage.coveragePercent), w.pick("예산 ÷ 적정 대가", "budget ÷ proper cost")],
            [w.pick("손익분기선 (예산 전액 입찰)", "Break-even (bid at full budget)"), w.percent(coverage.breakEvenPercent),
             w.pick("충족률이 이보다 낮으면 예산 전액으로 입찰해도 손실 (심각)", "coverage below this: even a full-budget bid loses (critical)")],
            [w.pick("손익분기선 (통상 낙찰률 \(coverage.awardRatio.value)%)", "Break-even (typical award \(coverage.awardRatio.value)%)"),
             w.percent(coverage.typicalBidBreakEvenPercent),
             w.pick("충족률이 이보다 낮으면 통상 낙찰가로 손실 (높음); 100% 미만이면 보통",
                    "coverage below this: a typical winning bid loses (high); below 100%: medium")],
            [w.pick("종합 위험도", "Overall risk"), w.severity(check.risk), ""],
        ]
        var blocks: [MemoBlock] = [.table(MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("값", "Value"), numeric: true),
                                                     MemoColumn(w.pick("의미", "Meaning"))], rows: rows))]
        let findings = check.findings.filter { !shown.contains($0) }
        blocks.append(.heading(w.pick("발견 사항", "Findings")))
        blocks.append(findings.isEmpty ? .paragraph(w.pick("발견 사항이 없습니다.", "Nothing was found."))
                                       : .table(MemoFindings.table(findings, w)))
        if findings.count < check.findings.count {
            blocks.append(.paragraph(w.pick("유지관리 요율에 관한 발견 사항은 유지관리비 절에 있습니다.",
                                            "Findings on the maintenance rate are in the Maintenance section.")))
        }
        return blocks + MemoTrace.blocks(w.pick("검토 산출 과정", "Review steps"), check.trace, w)
    }
}
