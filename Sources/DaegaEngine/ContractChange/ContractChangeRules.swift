/// The figures and clauses `daega change` applies, from the `[contract_change]` section of a procurement book.
public struct ContractChangeRules: Sendable {
    /// The pricing clauses under 국가계약법 시행령.
    public var national: Sourced<ChangePricingClauses>
    /// The pricing clauses under 지방계약법 시행령.
    public var local: Sourced<ChangePricingClauses>
    /// How change unit prices and item amounts are rounded.
    public var rounding: Sourced<RoundingStep>
    /// An adjustment of at least this share of the contract (percent) needs the 과업심의위원회.
    public var committeePercent: Sourced<ExactDecimal>
    /// The articles behind the committee line, as the book names them.
    public var committeeArticle: String
    /// Days within which the contract amount must be adjusted after the request.
    public var adjustmentDeadlineDays: Sourced<Int>
    /// The article behind the adjustment deadline, as the book names it.
    public var adjustmentDeadlineArticle: String
    /// In a maintenance contract, 기능개선 of at least this share of the system's size (percent) is priced apart.
    public var improvementSharePercent: Sourced<ExactDecimal>

    /// Creates the rules.
    public init(national: Sourced<ChangePricingClauses>, local: Sourced<ChangePricingClauses>, rounding: Sourced<RoundingStep>,
                committeePercent: Sourced<ExactDecimal>, committeeArticle: String, adjustmentDeadlineDays: Sourced<Int>,
                adjustmentDeadlineArticle: String, improvementSharePercent: Sourced<ExactDecimal>) {
        self.national = national
        self.local = local
        self.rounding = rounding
        self.committeePercent = committeePercent
        self.committeeArticle = committeeArticle
        self.adjustmentDeadlineDays = adjustmentDeadlineDays
        self.adjustmentDeadlineArticle = adjustmentDeadlineArticle
        self.improvementSharePercent = improvementSharePercent
    }

    /// The pricing clauses of `law`.
    public func clauses(_ law: ContractLaw) -> Sourced<ChangePricingClauses> {
        law == .national ? national : local
    }
}

extension ContractChangeRules {
    /// Every contract-change figure for listing (`daega rates`).
    public var listings: [RateFigureListing] {
        func row(_ reference: RateReference, _ value: String) -> RateFigureListing {
            RateFigureListing(key: reference.key, value: value, reference: reference)
        }
        func clauses(_ clauses: Sourced<ChangePricingClauses>) -> RateFigureListing {
            let value = clauses.value
            return row(clauses.reference, "\(value.article): 감소 \(value.decreaseClause), 증가 \(value.increaseClause), 신규 비목 \(value.newItemClause), 발주기관 요청 \(value.agencyClause) (협의가 없으면 변경 당시 단가 \(value.midpointPercent)%), 그 밖의 변경 \(value.otherChangeClause)")
        }
        return [
            clauses(national), clauses(local),
            row(rounding.reference, "단가·금액 \(rounding.value.koreanDescription)"),
            row(committeePercent.reference, "\(committeeArticle): 조정액이 계약금액의 \(committeePercent.value)% 이상이면 과업심의위원회 심의"),
            row(adjustmentDeadlineDays.reference, "\(adjustmentDeadlineArticle): 조정 청구일부터 \(adjustmentDeadlineDays.value)일 이내 조정"),
            row(improvementSharePercent.reference, "유지관리 기능개선이 시스템 규모의 \(improvementSharePercent.value)% 이상이면 따로 산정"),
        ]
    }
}
