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
    /// The unit projects of an 일괄발주, each judged on its own amount for the 대기업 참여하한.
    public var units: [ProjectUnit] = []
    /// The contract's years, when it runs over several (judged on the yearly average).
    public var contractYears: Int?
    /// The reference of a granted 대기업참여제한 예외, which replaces the group ban with a note.
    public var participationExemption: String?
    /// The planned 하도급, when given.
    public var subcontracting: SubcontractingPlan?
    /// The 과업심의 간소화 category the project claims, when given.
    public var reviewCategory: ReviewCategory?
    /// The 협상 technical : price weights the project states, when given.
    public var priceWeights: PriceWeightsChoice?
    /// The hardware bought within the project, on the budget's VAT basis (for the 80:20 hardware case).
    public var hardwareAmount: Won?

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
