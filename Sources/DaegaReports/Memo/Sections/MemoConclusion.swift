import DaegaEngine

/// 5. 결론 및 요청 사항: the proper cost, where the budget stands and what the officer asks for, from the engine's
/// figures and coverage tier.
enum MemoConclusion {
    static func blocks(_ c: MemoContext) -> [MemoBlock] {
        let w = c.wording
        var blocks: [MemoBlock] = []
        if let proper = c.estimates.properCost {
            blocks.append(.item(.topic, w.pick(
                "본 사업의 적정 대가는 \(w.won(proper.totalWithVAT))(VAT 포함, \(w.method(proper.method)))으로 산정함",
                "The proper cost of the project is \(w.won(proper.totalWithVAT)) (incl. VAT, \(w.method(proper.method)))")))
            if let check = c.check {
                blocks += budget(check, w)
            } else {
                blocks.append(.item(.point, w.pick("예산 금액이 주어지지 않아 예산 검토는 하지 않았음",
                                                   "No budget amount was given, so the budget was not reviewed")))
                blocks.append(.item(.topic, w.pick("예산 요구 시 적정 대가 \(w.won(proper.totalWithVAT))(VAT 포함) 이상으로 편성할 것을 요청함",
                                                   "Request: budget at least \(w.won(proper.totalWithVAT)) (incl. VAT), the proper cost")))
            }
        }
        if let maintenance = c.estimates.maintenance {
            blocks.append(.item(.topic, w.pick(
                "유지관리비는 \(maintenance.period.months)개월간 \(w.won(maintenance.totalWithVAT))(VAT 포함)으로 산정하며, 이 금액 이상으로 편성할 것을 요청함",
                "Maintenance for \(maintenance.period.months) months is \(w.won(maintenance.totalWithVAT)) (incl. VAT); request: budget at least this amount")))
        }
        let uncertain = c.rates.filter { $0.status == .uncertain }.count
        if uncertain > 0 {
            blocks.append(.note(w.pick("산정에 쓴 수치 중 \(uncertain)개는 출처가 하나이거나 확인되지 않은 기본값(UNCERTAIN)으로, 붙임의 가정 및 불확실한 수치에서 확인하고 필요하면 바꿔 다시 산정할 수 있음",
                                       "\(uncertain) figures used are defaults from a single or unconfirmed source (UNCERTAIN); see the attachment on assumptions and override them if needed")))
        }
        return blocks
    }

    /// Where the budget stands and the request that follows from its coverage tier.
    static func budget(_ check: BudgetCheckResult, _ w: MemoWording) -> [MemoBlock] {
        let coverage = check.coverage, proper = w.won(coverage.properCost.totalWithVAT)
        let standing = MemoBlock.item(.point, w.pick(
            "편성 예산 \(w.won(check.budgetWithVAT))(VAT 포함)은 적정 대가의 \(w.percent(coverage.coveragePercent))이며 종합 위험도는 '\(w.severity(check.risk))'임",
            "The budget of \(w.won(check.budgetWithVAT)) (incl. VAT) covers \(w.percent(coverage.coveragePercent)) of it; overall risk: \(w.severity(check.risk))"))
        let increase = w.pick("적정 대가(\(proper)) 수준으로 증액을 요청함", "request an increase to \(proper)")
        let request = switch coverage.tier {
        case .adequate: w.pick("편성 예산이 적정 대가를 충족하므로 현 예산으로 발주를 추진함",
                               "The budget covers the proper cost: proceed with the tender at this budget")
        case .belowGuide: w.pick("예산이 적정 대가에 못 미치므로 ", "The budget is below the proper cost: ") + increase
        case .typicalBidBelowBreakEven: w.pick("통상 낙찰 시 사업자 손익분기선에 못 미쳐 유찰 우려가 크므로 ",
                                               "A typical winning bid falls below the vendor's break-even, so the tender may fail: ") + increase
        case .fullBudgetBelowBreakEven: w.pick("예산 전액으로 입찰해도 사업자 손익분기선에 못 미쳐 유찰 가능성이 매우 크므로 ",
                                               "Even a bid at the full budget falls below the vendor's break-even, so the tender is likely to fail: ") + increase
        }
        return [standing, .item(.topic, request)]
    }
}
