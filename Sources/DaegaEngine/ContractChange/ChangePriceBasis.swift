/// Which rule set an item's unit price (국가계약법 시행령 제65조③·⑥ or its local twin).
public enum ChangePriceBasis: String, Sendable, CaseIterable, Codable {
    /// Decreased quantity at the contract unit price (제65조③1).
    case decreaseAtContractPrice = "decrease_at_contract_price"
    /// Increased quantity at the contract unit price (제65조③2).
    case increaseAtContractPrice = "increase_at_contract_price"
    /// Increased quantity capped at the estimate's unit price, lower than the contract's (제65조③2 단서).
    case increaseAtEstimatePrice = "increase_at_estimate_price"
    /// A new item at the change-time unit price × 낙찰률 (제65조③3).
    case newItemAtChangeTimePrice = "new_item_at_change_time_price"
    /// Added work the agency asked for, at the price the parties agreed (제65조⑥).
    case agreedPrice = "agreed_price"
    /// Added work the agency asked for, without agreement: the midpoint (제65조⑥ 단서).
    case midpoint
    /// The size did not change, so nothing is priced.
    case sizeUnchanged = "size_unchanged"
}
