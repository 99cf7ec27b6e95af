/// The clauses of one contract law that price a scope change, with the midpoint weight of its agency-request rule.
public struct ChangePricingClauses: Sendable, Equatable {
    /// The article, e.g. `국가를 당사자로 하는 계약에 관한 법률 시행령 제65조`.
    public var article: String
    /// The clause for decreased quantities (the contract unit price).
    public var decreaseClause: String
    /// The clause for increased quantities of an existing item (the contract unit price, capped at the estimate's).
    public var increaseClause: String
    /// The clause for new items (the change-time unit price × 낙찰률).
    public var newItemClause: String
    /// The clause for changes the agency asked for (agreement between the two prices, else the midpoint).
    public var agencyClause: String
    /// The article for other changes of the contract, adjusted within actual cost (e.g. a period extended without
    /// added work), e.g. `국가계약법 시행령 제66조`.
    public var otherChangeClause: String
    /// The weight of the change-time unit price in the midpoint, in percent (the other price takes the rest).
    public var midpointPercent: ExactDecimal

    /// Creates the clauses.
    public init(article: String, decreaseClause: String, increaseClause: String, newItemClause: String,
                agencyClause: String, otherChangeClause: String, midpointPercent: ExactDecimal) {
        self.article = article
        self.decreaseClause = decreaseClause
        self.increaseClause = increaseClause
        self.newItemClause = newItemClause
        self.agencyClause = agencyClause
        self.otherChangeClause = otherChangeClause
        self.midpointPercent = midpointPercent
    }
}
