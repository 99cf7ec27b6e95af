/// A contract as awarded and one change to it: everything `ContractChangeCalculator` needs, already counted.
public struct ContractChangeRequest: Sendable {
    /// The contract amount (VAT 포함).
    public var contractAmount: Won
    /// 낙찰률.
    public var awardRatio: AwardRatio
    /// The function points of the contract as awarded.
    public var originalPoints: ExactDecimal
    /// The guide's price (VAT 포함) of the original scope under the edition in force on the change date: its development
    /// cost, or for a maintenance contract the maintenance fee on that cost (see `changeTimeMonths`).
    public var changeTimeCost: Won
    /// For a maintenance contract, the months the change-time maintenance fee covers (12 for a yearly fee, or the months
    /// remaining when pro-rated); `nil` when `changeTimeCost` is a development cost.
    public var changeTimeMonths: Int?
    /// Who asked for the change.
    public var requester: ChangeRequester
    /// The contract law.
    public var law: ContractLaw
    /// An agreed unit price per FP (VAT 포함) for added work, when the parties agreed one.
    public var agreedUnitPrice: Won?
    /// Every item the change touches (unchanged functions may be left out).
    public var items: [ChangeItemQuantity]
    /// The contract period in months.
    public var contractMonths: Int
    /// Months added by the change (zero for none).
    public var addedMonths: Int
    /// Whether the contract is a maintenance contract (유지관리), to which the 기능개선 share rule applies.
    public var isMaintenance: Bool
    /// The 적정 사업기간 productivity table in force on the change date, when there is one.
    public var productivity: ProductivityBands?

    /// Creates a request.
    public init(contractAmount: Won, awardRatio: AwardRatio, originalPoints: ExactDecimal, changeTimeCost: Won,
                requester: ChangeRequester, law: ContractLaw, agreedUnitPrice: Won?, items: [ChangeItemQuantity],
                contractMonths: Int, addedMonths: Int, isMaintenance: Bool, productivity: ProductivityBands? = nil,
                changeTimeMonths: Int? = nil) {
        self.contractAmount = contractAmount
        self.awardRatio = awardRatio
        self.originalPoints = originalPoints
        self.changeTimeCost = changeTimeCost
        self.requester = requester
        self.law = law
        self.agreedUnitPrice = agreedUnitPrice
        self.items = items
        self.contractMonths = contractMonths
        self.addedMonths = addedMonths
        self.isMaintenance = isMaintenance
        self.productivity = productivity
        self.changeTimeMonths = changeTimeMonths
    }
}
