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
    /// Days within which the contract amount must be adjusted after the request.
    public var adjustmentDeadlineDays: Sourced<Int>
    /// In a maintenance contract, 기능개선 of at least this share of the system's size (percent) is priced apart.
    public var improvementSharePercent: Sourced<ExactDecimal>

    /// Creates the rules.
    public init(national: Sourced<ChangePricingClauses>, local: Sourced<ChangePricingClauses>, rounding: Sourced<RoundingStep>,
                committeePercent: Sourced<ExactDecimal>, adjustmentDeadlineDays: Sourced<Int>,
                improvementSharePercent: Sourced<ExactDecimal>) {
        self.national = national
        self.local = local
        self.rounding = rounding
        self.committeePercent = committeePercent
        self.adjustmentDeadlineDays = adjustmentDeadlineDays
        self.improvementSharePercent = improvementSharePercent
    }

    /// The pricing clauses of `law`.
    public func clauses(_ law: ContractLaw) -> Sourced<ChangePricingClauses> {
        law == .national ? national : local
    }
}
