/// What a budget check is given: the budget, how to read it, and the project facts beyond its cost.
public struct BudgetCheckRequest: Sendable {
    /// The budget as given.
    public var budget: Won
    /// True when the budget was stated VAT 별도 (`--budget-excludes-vat`); VAT is then added.
    public var budgetExcludesVAT: Bool
    /// The typical award ratio (percent), when the user overrides the rate book's default.
    public var awardRatioPercent: ExactDecimal?
    /// Commercial software bought within the project (for 직접구매).
    public var products: [SoftwarePurchase]
    /// Findings already made by other checks (maintenance ratios, man-month rates, duration) to include.
    public var otherFindings: [Finding]

    /// Creates a request.
    public init(budget: Won, budgetExcludesVAT: Bool = false, awardRatioPercent: ExactDecimal? = nil,
                products: [SoftwarePurchase] = [], otherFindings: [Finding] = []) {
        self.budget = budget
        self.budgetExcludesVAT = budgetExcludesVAT
        self.awardRatioPercent = awardRatioPercent
        self.products = products
        self.otherFindings = otherFindings
    }
}
