/// What the user decides for application-SW maintenance by the rate method.
public struct ApplicationMaintenanceRequest: Sendable {
    /// The maintained SW's current-value (re)development cost.
    public var basis: MaintenanceBasis
    /// The five difficulty ratings; every factor must be rated.
    public var ratings: [DifficultyFactorKind: MaintenanceRating]
    /// Annual 직접경비 (VAT 별도), pro-rated with the fee for periods that are not whole years.
    public var directExpenses: Won

    /// Creates a request.
    public init(basis: MaintenanceBasis, ratings: [DifficultyFactorKind: MaintenanceRating], directExpenses: Won = .zero) {
        self.basis = basis
        self.ratings = ratings
        self.directExpenses = directExpenses
    }
}
