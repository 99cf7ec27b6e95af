/// One priced line of the 변경관리내역서.
public struct ContractChangeItem: Sendable, Equatable {
    /// The item before and after.
    public var quantity: ChangeItemQuantity
    /// The unit price per FP applied (VAT 포함); zero when the size did not change.
    public var unitPrice: Won
    /// Why that unit price.
    public var basis: ChangePriceBasis
    /// The clause that sets the unit price, e.g. `제65조제3항제1호`; empty when nothing was priced.
    public var clause: String
    /// `(after − before) × unit price`, rounded by the book's step; negative for a decrease.
    public var amount: Won
}
