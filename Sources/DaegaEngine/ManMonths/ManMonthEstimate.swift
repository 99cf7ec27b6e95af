/// The result of a man-month (투입공수) estimate, every figure with its trace.
public struct ManMonthEstimate: Sendable {
    /// 임금표 적용연도.
    public var wageYear: Int
    /// The guide edition year whose ranges applied.
    public var edition: Int
    /// The edition's title.
    public var editionTitle: String
    /// The staffing lines as priced.
    public var lines: [PricedStaffingLine]
    /// The plan in man-months, when every line can be stated in months.
    public var manMonths: ExactDecimal?
    /// 직접인건비.
    public var directLabor: Won
    /// 제경비율 used (percent of 직접인건비).
    public var overheadPercent: ExactDecimal
    /// 제경비.
    public var overhead: Won
    /// 기술료율 used (percent of 직접인건비 + 제경비).
    public var technicalFeePercent: ExactDecimal
    /// 기술료.
    public var technicalFee: Won
    /// 직접경비.
    public var directExpenses: Won
    /// 사업대가 (VAT 별도).
    public var total: Won
    /// 부가가치세.
    public var vat: Won
    /// 사업대가 (VAT 포함).
    public var totalWithVAT: Won
    /// Every step of the calculation.
    public var trace: [TraceStep]
    /// Assumptions made and cautions about figures.
    public var notes: [EstimateNote]
    /// Every rate-book figure used, in order of first use.
    public var rates: [RateReference]
}
