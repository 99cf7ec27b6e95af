/// Commercial software bought within a project (for 상용SW 직접구매).
public struct SoftwarePurchase: Sendable, Equatable {
    /// The product's name.
    public var name: String
    /// Its purchase amount, VAT 포함.
    public var amount: Won
    /// Whether it is registered or certified, which decides whether it must be bought directly.
    public var status: ProductStatus

    /// Creates a purchase.
    public init(name: String, amount: Won, status: ProductStatus = .unstated) {
        self.name = name
        self.amount = amount
        self.status = status
    }
}
