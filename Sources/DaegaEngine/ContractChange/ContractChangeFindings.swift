/// The findings of a priced change, in words: committee review, unpaid work, periods, thresholds and the 7% rule.
enum ContractChangeFindings {
    /// Every finding for `result`, most serious first.
    static func findings(_ result: ContractChangeResult, request: ContractChangeRequest, rules: ContractChangeRules,
                         thresholds: Sourced<ParticipationThresholds>, simplifiedReviewUpTo: Sourced<Won>?) -> [Finding] {
        var findings: [Finding] = []
        let clauses = result.clauses
        let added = request.items.reduce(ExactDecimal.zero) { $1.difference > .zero ? $0.adding($1.difference)! : $0 }
        if result.committeeRequired {
            // A project of at most the book's amount after the change may use the simplified review (지침 제25조③),
            // where that rule was in force on the change date.
            let review = simplifiedReviewUpTo.flatMap { result.adjustedContract <= $0.value ? $0 : nil }
            let simplified = review != nil
            let limit = review?.value.grouped ?? ""
            findings.append(Finding(
                code: "committee_review", severity: .medium,
                message: LocalizedText(
                    ko: "계약금액 조정액 \(result.adjustment.grouped)원(\(result.adjustmentPercent.fixedText)%)이 계약금액의 \(rules.committeePercent.value)% 이상이므로 과업심의위원회 심의가 필요합니다\(simplified ? " (조정 후 계약금액이 \(limit)원 이하라 간소화 심의 가능)" : "").",
                    en: "The adjustment of ₩\(result.adjustment.grouped) (\(result.adjustmentPercent.fixedText)%) is \(rules.committeePercent.value)% of the contract or more, so the task review committee must review it\(simplified ? " (the adjusted contract is ₩\(limit) or less, so a simplified review is allowed)" : "")."),
                rule: LocalizedText(ko: "\(rules.committeeArticle): 조정액이 계약금액의 \(rules.committeePercent.value)% 이상이면 과업심의위원회 심의",
                                    en: "\(rules.committeeArticle): an adjustment of \(rules.committeePercent.value)% of the contract or more goes to the task review committee"),
                sources: [rules.committeePercent.reference] + (review.map { [$0.reference] } ?? []),
                ratioPercent: result.adjustmentPercent))
        }
        if let agreed = request.agreedUnitPrice, agreed == .zero, added > .zero {
            findings.append(Finding(
                code: "added_work_unpaid", severity: .high,
                message: LocalizedText(
                    ko: "추가 과업 \(added.grouped) FP가 합의 단가 0원으로 반영되어 대가 없이 수행됩니다 (변경 당시 단가 기준 범위 \(result.unitPrices.changeTimeAtAward.grouped)~\(result.unitPrices.changeTime.grouped)원/FP).",
                    en: "\(added.grouped) FP of added work is agreed at ₩0 and will be done unpaid (the rule's range is ₩\(result.unitPrices.changeTimeAtAward.grouped)–₩\(result.unitPrices.changeTime.grouped) per FP)."),
                rule: LocalizedText(ko: "\(clauses.value.agencyClause): 증가 물량·신규 비목은 변경 당시 단가와 그 단가 × 낙찰률 범위에서 협의",
                                    en: "\(clauses.value.agencyClause): added work is agreed between the change-time price and that price × award ratio"),
                sources: [clauses.reference]))
        } else if let agreed = request.agreedUnitPrice, added > .zero,
                  agreed < result.unitPrices.changeTimeAtAward || agreed > result.unitPrices.changeTime {
            findings.append(Finding(
                code: "agreed_price_outside_range", severity: .medium,
                message: LocalizedText(
                    ko: "합의 단가 \(agreed.grouped)원/FP가 변경 당시 단가 × 낙찰률 \(result.unitPrices.changeTimeAtAward.grouped)원과 변경 당시 단가 \(result.unitPrices.changeTime.grouped)원 사이에 있지 않습니다.",
                    en: "The agreed ₩\(agreed.grouped) per FP lies outside ₩\(result.unitPrices.changeTimeAtAward.grouped) (change-time price × award ratio) to ₩\(result.unitPrices.changeTime.grouped) (change-time price)."),
                rule: LocalizedText(ko: "\(clauses.value.agencyClause)", en: "\(clauses.value.agencyClause)"),
                sources: [clauses.reference]))
        }
        let unpaidChanges = result.items.filter { $0.basis == .sizeUnchanged }
        if !unpaidChanges.isEmpty {
            let names = unpaidChanges.map(\.quantity.name).joined(separator: ", ")
            findings.append(Finding(
                code: "changed_at_zero", severity: .medium,
                message: LocalizedText(
                    ko: "변경으로 표시된 기능 \(unpaidChanges.count)개(\(names))는 변경 후 규모가 같아 금액이 0원입니다. 이미 개발된 기능을 고치는 일이면 재개발(가중치 × 영향계수, daega fp의 change 열)로 산정해 반영하십시오.",
                    en: "\(unpaidChanges.count) function(s) marked as changed (\(names)) keep their size and are priced at ₩0. If they were already built, price the rework as redevelopment (weight × impact factor, the change column of daega fp)."),
                rule: LocalizedText(ko: "\(clauses.value.article): 물량 증감이 없는 변경에는 단가 조정 규정이 없음 — 과업변경 가이드(2020)는 비용이 드는 변경의 대가 반영을 요구",
                                    en: "\(clauses.value.article) prices quantity changes only; the 2020 task-change guide asks that changes with a cost be paid"),
                sources: [clauses.reference]))
        }
        if result.addedMonths > 0, result.adjustment <= .zero {
            findings.append(Finding(
                code: "extension_without_money", severity: .medium,
                message: LocalizedText(
                    ko: "사업기간이 \(result.addedMonths)개월 늘어나지만(\(result.contractMonths)→\(result.adjustedMonths)개월) 계약금액은 늘지 않습니다(\(result.adjustment.grouped)원). 기간 연장에 드는 인건비·경비를 따로 검토하십시오.",
                    en: "The period grows by \(result.addedMonths) months (\(result.contractMonths)→\(result.adjustedMonths)) but the contract amount does not (₩\(result.adjustment.grouped)). Review the staff and expenses the extension costs."),
                rule: LocalizedText(ko: "\(clauses.value.otherChangeClause): 그 밖에 계약내용의 변경으로 인한 계약금액은 실비 범위에서 조정",
                                    en: "\(clauses.value.otherChangeClause): other changes of a contract are adjusted within actual cost"),
                sources: [clauses.reference]))
        }
        if let proper = result.properMonthsSameTeam, let bands = request.productivity,
           ExactDecimal(Int64(result.adjustedMonths)) < proper {
            findings.append(Finding(
                code: "period_short_after_change", severity: .medium,
                message: LocalizedText(
                    ko: "변경 후 규모 \(result.pointsAfter.grouped) FP를 당초 인원으로 하려면 약 \(proper)개월이 필요하지만 변경 후 사업기간은 \(result.adjustedMonths)개월입니다 (투입공수 = FP ÷ 1인 생산성, 당초 \(result.contractMonths)개월 기준 비례).",
                    en: "With the contract's team, the changed scope of \(result.pointsAfter.grouped) FP needs about \(proper) months, but the period after the change is \(result.adjustedMonths) (effort = FP ÷ productivity, scaled from the \(result.contractMonths) contracted months)."),
                rule: LocalizedText(ko: "적정 사업기간 산정 (소프트웨어 진흥법 제45조, 「소프트웨어사업 계약 및 관리감독에 관한 지침」 별표 1)",
                                    en: "proper project duration (SW Promotion Act art. 45; contract management guideline, annex 1)"),
                sources: [bands.bands.reference],
                ratioPercent: ExactDecimal(Int64(result.adjustedMonths)).multiplied(by: ExactDecimal(100))!
                    .divided(by: proper, places: 1, rule: .towardZero)))
        }
        if let crossed = crossedThreshold(from: result.originalContract, to: result.adjustedContract, thresholds: thresholds.value) {
            let floor = crossed.floor(thresholds.value), firms = crossed.name(thresholds.value)
            let upward = result.adjustedContract >= floor
            findings.append(Finding(
                code: "participation_threshold_crossed", severity: .medium,
                message: LocalizedText(
                    ko: "조정 후 계약금액 \(result.adjustedContract.grouped)원이 \(firms.ko)의 참여하한 \(floor.grouped)원을 \(upward ? "넘습니다" : "밑돕니다"): 입찰 당시와 참여 가능 기업군이 달라지므로 변경 대신 별도 발주가 맞는지 과업심의위원회에서 검토하십시오.",
                    en: "The adjusted amount ₩\(result.adjustedContract.grouped) is \(upward ? "above" : "below") the ₩\(floor.grouped) floor for \(firms.en): the pool of eligible bidders differs from the tender's, so the committee should review whether a separate tender fits better."),
                rule: LocalizedText(ko: "소프트웨어 진흥법 제48조 대기업 참여하한 (VAT 포함 사업금액)",
                                    en: "SW Promotion Act art. 48 participation floors (incl. VAT)"),
                sources: [thresholds.reference]))
        }
        if request.isMaintenance, request.originalPoints > .zero {
            let share = added.multiplied(by: ExactDecimal(100))!.divided(by: request.originalPoints, places: 2, rule: .toNearestOrAway) ?? .zero
            if share >= rules.improvementSharePercent.value {
                findings.append(Finding(
                    code: "maintenance_improvement_share", severity: .medium,
                    message: LocalizedText(
                        ko: "유지관리 계약의 기능개선 \(added.grouped) FP가 시스템 규모 \(request.originalPoints.grouped) FP의 \(share.fixedText)%로 \(rules.improvementSharePercent.value)% 이상입니다: 유지관리 요율에 넣지 말고 개발비 또는 재개발비로 따로 산정하십시오.",
                        en: "The improvements of \(added.grouped) FP are \(share.fixedText)% of the system's \(request.originalPoints.grouped) FP, at least \(rules.improvementSharePercent.value)%: price them apart as development or redevelopment, not within the maintenance rate."),
                    rule: LocalizedText(ko: "SW사업 대가산정 가이드: 유지관리 중 기능개선이 시스템 규모의 약 \(rules.improvementSharePercent.value)% 이상이면 개발·재개발로 별도 산정 (보도 기준)",
                                        en: "KOSA guide as reported: improvements of about \(rules.improvementSharePercent.value)% of the system or more are priced as development"),
                    sources: [rules.improvementSharePercent.reference], ratioPercent: share))
            }
        }
        if result.adjustment != .zero {
            findings.append(Finding(
                code: "adjustment_deadline", severity: .low,
                message: LocalizedText(
                    ko: "계약상대자의 조정 청구를 받은 날부터 \(rules.adjustmentDeadlineDays.value)일 이내에 계약금액을 조정해야 합니다.",
                    en: "The contract amount must be adjusted within \(rules.adjustmentDeadlineDays.value) days of the vendor's request."),
                rule: LocalizedText(ko: "\(rules.adjustmentDeadlineArticle): 조정 청구를 받은 날부터 \(rules.adjustmentDeadlineDays.value)일 이내 조정",
                                    en: "\(rules.adjustmentDeadlineArticle): adjusted within \(rules.adjustmentDeadlineDays.value) days of the request"),
                sources: [rules.adjustmentDeadlineDays.reference]))
        }
        return findings.sorted { $0.severity > $1.severity }
    }

    /// The lowest participation tier whose floor lies between the two amounts, if any.
    static func crossedThreshold(from original: Won, to adjusted: Won, thresholds: ParticipationThresholds) -> ParticipationTier? {
        ParticipationTier.allCases.first { tier in
            let floor = tier.floor(thresholds)
            return (original >= floor) != (adjusted >= floor)
        }
    }
}
