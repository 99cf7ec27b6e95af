/// Prices a scope change item by item and adjusts the contract (국가계약법 시행령 제65조, 지방계약법 시행령 제74조).
///
/// Decreases are taken off at the contract unit price; increases of an existing item are paid at the contract unit
/// price, or the estimate's when that is lower; new items at the change-time unit price × 낙찰률. When the agency asked
/// for the change (or the vendor is not responsible for it), added work is paid at the agreed price or, without
/// agreement, at the midpoint of the change-time price and that price × 낙찰률.
public enum ContractChangeCalculator {
    /// Prices a change under `procurement`'s contract-change rules.
    /// - Throws: `DaegaError.methodNotInEdition` when the book has no `[contract_change]` section, `changeAwardRatio` for a
    ///   ratio of zero or above 100%, `emptyFunctionList` for a contract of zero FP, or `amountOverflow`.
    public static func calculate(_ request: ContractChangeRequest, procurement: ProcurementRules) throws -> ContractChangeResult {
        guard let rules = procurement.contractChange else {
            throw DaegaError(.methodNotInEdition, at: .field("change_date"),
                             "\(procurement.title) 요율표(\(procurement.book))에 과업변경 규칙([contract_change])이 없습니다",
                             expected: "[contract_change] 절이 있는 입찰·계약 규칙 요율표")
        }
        guard request.awardRatio.numerator > 0, !request.awardRatio.isAboveWhole else {
            throw DaegaError(.changeAwardRatio, at: .field("award"), "낙찰률이 \(request.awardRatio.percent)%입니다",
                             expected: "0% 초과 100% 이하")
        }
        guard request.originalPoints > .zero else {
            throw DaegaError(.emptyFunctionList, at: .field("project"), "당초 계약의 기능점수가 0입니다",
                             expected: "측정되는 기능이 하나 이상인 당초 범위 (계약단가 = 계약금액 ÷ 기능점수)")
        }
        let clauses = rules.clauses(request.law)
        let step = rules.rounding.value
        let prices = try ChangeUnitPrices.of(request, clauses: clauses.value, rounding: step)
        var items: [ContractChangeItem] = []
        for quantity in request.items where quantity.difference != .zero || quantity.markedChanged {
            items.append(try price(quantity, prices: prices, requester: request.requester, agreedUnitPrice: request.agreedUnitPrice,
                                   clauses: clauses.value, rounding: step))
        }
        let adjustment = try Won.sum(items.map(\.amount), what: "계약금액 조정액")
        let adjusted = try request.contractAmount.adding(adjustment, what: "조정 후 계약금액")
        let pointsBefore = request.originalPoints
        let pointsAfter = request.items.reduce(pointsBefore) { $0.adding($1.difference)! }
        var result = ContractChangeResult(
            originalContract: request.contractAmount, adjustedContract: adjusted, adjustment: adjustment,
            adjustmentPercent: adjustment.percent(of: request.contractAmount, decimals: 2) ?? .zero,
            committeeRequired: reachesCommittee(adjustment, of: request.contractAmount, percent: rules.committeePercent.value),
            awardRatioPercent: request.awardRatio.percent, unitPrices: prices, rounding: step,
            changeTimeMonths: request.changeTimeMonths, agreedUnitPrice: request.agreedUnitPrice,
            requester: request.requester, clauses: clauses, items: items, pointsBefore: pointsBefore, pointsAfter: pointsAfter,
            contractMonths: request.contractMonths, addedMonths: request.addedMonths,
            // 적정 사업기간 covers projects with development, not 운영·유지관리 (지침 제10조).
            properMonthsSameTeam: request.isMaintenance ? nil : request.productivity.flatMap {
                properMonths(contractMonths: request.contractMonths, before: pointsBefore, after: pointsAfter, bands: $0)
            },
            findings: [],
            rates: [clauses.reference, rules.rounding.reference, rules.committeePercent.reference, rules.adjustmentDeadlineDays.reference])
        result.findings = ContractChangeFindings.findings(result, request: request, rules: rules,
                                                          thresholds: procurement.participationThresholds,
                                                          simplifiedReviewUpTo: procurement.simplifiedTaskReviewUpTo)
        for finding in result.findings {
            for reference in finding.sources where !result.rates.contains(reference) { result.rates.append(reference) }
        }
        return result
    }

    /// Prices one item.
    /// - Throws: `DaegaError.amountOverflow` when the amount does not fit.
    public static func price(_ quantity: ChangeItemQuantity, prices: ChangeUnitPrices, requester: ChangeRequester,
                             agreedUnitPrice: Won?, clauses: ChangePricingClauses, rounding step: RoundingStep) throws -> ContractChangeItem {
        let difference = quantity.difference
        let (unitPrice, basis, clause): (Won, ChangePriceBasis, String)
        if difference == .zero {
            (unitPrice, basis, clause) = (.zero, .sizeUnchanged, "")
        } else if difference < .zero {
            (unitPrice, basis, clause) = (prices.contract, .decreaseAtContractPrice, clauses.decreaseClause)
        } else if requester.isAgencySide {
            (unitPrice, basis, clause) = agreedUnitPrice.map { ($0, .agreedPrice, clauses.agencyClause) }
                ?? (prices.midpoint, .midpoint, clauses.agencyClause)
        } else if !quantity.inContract {
            (unitPrice, basis, clause) = (prices.changeTimeAtAward, .newItemAtChangeTimePrice, clauses.newItemClause)
        } else if prices.estimate < prices.contract {
            (unitPrice, basis, clause) = (prices.estimate, .increaseAtEstimatePrice, clauses.increaseClause)
        } else {
            (unitPrice, basis, clause) = (prices.contract, .increaseAtContractPrice, clauses.increaseClause)
        }
        let amount = try unitPrice.multiplied(by: difference, rounding: step, what: "\(quantity.name) 변경 금액")
        return ContractChangeItem(quantity: quantity, unitPrice: unitPrice, basis: basis, clause: clause, amount: amount)
    }

    /// The months the changed scope needs if the contract's team stays the same size: the contract period × the
    /// effort after ÷ the effort before, where effort = FP ÷ 1인 생산성 (적정 사업기간, 지침 별표 1); one decimal, rounded up.
    /// - Returns: `nil` when the contract had no size.
    public static func properMonths(contractMonths: Int, before: ExactDecimal, after: ExactDecimal,
                                    bands: ProductivityBands) -> ExactDecimal? {
        guard before > .zero else { return nil }
        let effortRatio = after.multiplied(by: bands.productivity(for: before))!
        let baseline = before.multiplied(by: bands.productivity(for: after))!
        return ExactDecimal(Int64(contractMonths)).multiplied(by: effortRatio)?
            .divided(by: baseline, places: 1, rule: .awayFromZero)
    }

    /// Whether |adjustment| is at least `percent` of the contract (compared exactly).
    public static func reachesCommittee(_ adjustment: Won, of contract: Won, percent: ExactDecimal) -> Bool {
        Int128(adjustment.value).magnitude * 100 * UInt128(ExactDecimal.powerOfTen(percent.scale))
            >= UInt128(percent.significand) * UInt128(contract.value)
    }
}
