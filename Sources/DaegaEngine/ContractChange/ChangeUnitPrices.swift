/// The unit prices per function point (VAT 포함) a change is priced with, each rounded to the won by the book's step.
public struct ChangeUnitPrices: Sendable, Equatable {
    /// 계약단가: contract amount ÷ contracted FP.
    public var contract: Won
    /// 예정가격 단가: estimated price ÷ contracted FP (= 계약단가 ÷ 낙찰률).
    public var estimate: Won
    /// 변경 당시 단가: the guide's price of the original scope at the change date ÷ contracted FP (for a maintenance
    /// contract, the maintenance fee on that date's development cost, so that it is in the contract unit price's unit).
    public var changeTime: Won
    /// 변경 당시 단가 × 낙찰률.
    public var changeTimeAtAward: Won
    /// The midpoint of the two change-time prices by the law's weight (제65조⑥ without agreement).
    public var midpoint: Won

    /// Creates the prices.
    public init(contract: Won, estimate: Won, changeTime: Won, changeTimeAtAward: Won, midpoint: Won) {
        self.contract = contract
        self.estimate = estimate
        self.changeTime = changeTime
        self.changeTimeAtAward = changeTimeAtAward
        self.midpoint = midpoint
    }

    /// Works out the unit prices of a request.
    /// - Throws: `DaegaError.amountOverflow` when an amount does not fit.
    public static func of(_ request: ContractChangeRequest, clauses: ChangePricingClauses,
                          rounding step: RoundingStep) throws -> ChangeUnitPrices {
        let points = request.originalPoints
        let scale = ExactDecimal.powerOfTen(points.scale)
        let contract = try step.apply(Int128(request.contractAmount.value) * scale, over: Int128(points.significand), what: "계약단가")
        let estimate = try step.apply(Int128(request.contractAmount.value) * scale * Int128(request.awardRatio.denominator),
                                      over: Int128(points.significand) * Int128(request.awardRatio.numerator), what: "예정가격 단가")
        let changeTime = try step.apply(Int128(request.changeTimeCost.value) * scale, over: Int128(points.significand), what: "변경 당시 단가")
        let atAward = try request.awardRatio.applied(to: changeTime, rounding: step, what: "변경 당시 단가 × 낙찰률")
        let weight = clauses.midpointPercent
        let weightUnits = Int128(weight.significand), hundred = 100 * ExactDecimal.powerOfTen(weight.scale)
        let midpoint = try step.apply(Int128(changeTime.value) * weightUnits + Int128(atAward.value) * (hundred - weightUnits),
                                      over: hundred, what: "중간 단가")
        return ChangeUnitPrices(contract: contract, estimate: estimate, changeTime: changeTime, changeTimeAtAward: atAward,
                                midpoint: midpoint)
    }
}
