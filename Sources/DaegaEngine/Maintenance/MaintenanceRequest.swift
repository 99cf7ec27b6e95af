/// Everything the user decides for a maintenance estimate, apart from the edition.
///
/// Operation staff costed by man-months (운영, 투입공수) is not part of this request: the man-month estimate owns it,
/// and a combined maintenance budget adds that estimate's total to each `MaintenanceYear`.
public struct MaintenanceRequest: Sendable {
    /// Application SW by the rate method, when any.
    public var application: ApplicationMaintenanceRequest?
    /// Commercial SW products, in the order given.
    public var products: [CommercialProduct]
    /// The period in months (1–120); fees are annual and pro-rated by month.
    public var months: Int

    /// Creates a request.
    public init(application: ApplicationMaintenanceRequest? = nil, products: [CommercialProduct] = [], months: Int = 12) {
        self.application = application
        self.products = products
        self.months = months
    }
}
