import DaegaEngine

/// 사업 개요: who orders what, by which method, and the headline amounts.
enum MemoOverview {
    static func blocks(_ project: MemoProject, estimates: ProjectEstimates, check: BudgetCheckResult?, date: CalendarDate,
                       _ w: MemoWording) -> [MemoBlock] {
        var facts: [(String, String)] = [(w.pick("사업명", "Project"), project.name)]
        if let agency = project.agency { facts.append((w.pick("발주기관", "Ordering agency"), agency)) }
        facts.append((w.pick("산정 기준일", "Reference date"), "\(date)"))
        if let proper = estimates.properCost {
            facts.append((w.pick("적정 대가 산정 방식", "Proper cost method"), proper.method == .functionPoints
                ? w.pick("기능점수 방식", "function points") : w.pick("투입공수 방식", "man-months")))
        }
        if let check { facts.append((w.pick("종합 위험도", "Overall risk"), w.severity(check.risk))) }
        var rows: [[String]] = []
        if let proper = estimates.properCost {
            rows.append([w.pick("적정 대가 (VAT 별도)", "Proper cost (excl. VAT)"), w.won(proper.total)])
            rows.append([w.pick("적정 대가 (VAT 포함)", "Proper cost (incl. VAT)"), w.won(proper.totalWithVAT)])
        }
        if let check { rows.append([w.pick("예산 (VAT 포함)", "Budget (incl. VAT)"), w.won(check.budgetWithVAT)]) }
        if let maintenance = estimates.maintenance {
            rows.append([w.pick("유지관리비 (VAT 포함, 전체 기간)", "Maintenance (incl. VAT, whole period)"), w.won(maintenance.totalWithVAT)])
        }
        var blocks: [MemoBlock] = [.facts(facts)]
        if !rows.isEmpty {
            blocks.append(.table(MemoTable([MemoColumn(w.pick("항목", "Item")), MemoColumn(w.pick("금액", "Amount"), numeric: true)], rows: rows)))
        }
        return blocks
    }
}
