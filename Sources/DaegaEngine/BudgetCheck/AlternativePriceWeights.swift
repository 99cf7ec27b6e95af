/// The technical : price weights a negotiated SW contract may use instead of the default in the cases of
/// ``PriceWeightCase``, with the figures that define those cases (from the procurement book).
public struct AlternativePriceWeights: Sendable, Equatable {
    /// Technical points (80).
    public var technicalPoints: Int
    /// Price points (20).
    public var pricePoints: Int
    /// HW share of 추정가격 from which the hardware case holds, percent (50).
    public var hardwareSharePercent: ExactDecimal
    /// Development projects with 추정가격 under this amount may use the weights (1억원).
    public var developmentUnder: Won

    /// Creates the weights.
    public init(technicalPoints: Int, pricePoints: Int, hardwareSharePercent: ExactDecimal, developmentUnder: Won) {
        self.technicalPoints = technicalPoints
        self.pricePoints = pricePoints
        self.hardwareSharePercent = hardwareSharePercent
        self.developmentUnder = developmentUnder
    }

    /// The weights as `technical:price`.
    public var text: String { "\(technicalPoints):\(pricePoints)" }
}
