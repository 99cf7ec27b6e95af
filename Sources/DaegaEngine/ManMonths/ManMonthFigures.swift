/// One staffing line as ``ManMonthCore`` priced it.
public struct StaffingLineFigures: Sendable, Equatable, BitwiseCopyable {
    /// The quantity priced: months at a monthly wage, else days at a daily wage.
    public var quantity: ExactDecimal
    /// True when priced at the monthly wage.
    public var monthly: Bool
    /// The wage applied.
    public var wage: Won
    /// wage × quantity, rounded by the labor rounding.
    public var amount: Won
    /// The line's man-months, when known (days convert only with a day count).
    public var manMonths: ExactDecimal?
}

/// The totals of a man-month price as ``ManMonthCore`` computes them.
public struct ManMonthTotals: Sendable, Equatable, BitwiseCopyable {
    /// 직접인건비: the sum of the lines.
    public var directLabor: Won
    /// 투입공수: the sum of the lines' man-months, when every line has them.
    public var manMonths: ExactDecimal?
    /// 제경비율 (percent) and 제경비.
    public var overheadPercent: ExactDecimal, overhead: Won
    /// 기술료 기준액 (직접인건비 + 제경비).
    public var feeBase: Won
    /// 기술료율 (percent) and 기술료.
    public var technicalFeePercent: ExactDecimal, technicalFee: Won
    /// 직접경비.
    public var directExpenses: Won
    /// 사업대가 (VAT 별도), 부가가치세 and the total with VAT.
    public var total: Won, vat: Won, totalWithVAT: Won

    /// The vendor's cost without the technical fee: 직접인건비 + 제경비 + 직접경비.
    public var costWithoutTechnicalFee: Won { Won(directLabor.value + overhead.value + directExpenses.value) }
}
