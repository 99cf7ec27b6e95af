/// Everything the user decides for a man-month estimate, apart from the wage table and the guide edition.
public struct ManMonthRequest: Sendable, Equatable {
    /// The staffing plan.
    public var staffing: [StaffingLine]
    /// 제경비율 in percent; `nil` takes the edition's default.
    public var overheadPercent: ExactDecimal?
    /// 기술료율 in percent; `nil` takes the edition's default.
    public var technicalFeePercent: ExactDecimal?
    /// 직접경비 (VAT 별도).
    public var directExpenses: Won
    /// Working days per month given by the user, for a table that publishes no monthly figures.
    public var workingDays: ExactDecimal?

    /// Creates a request.
    public init(staffing: [StaffingLine], overheadPercent: ExactDecimal? = nil, technicalFeePercent: ExactDecimal? = nil,
                directExpenses: Won = .zero, workingDays: ExactDecimal? = nil) {
        self.staffing = staffing
        self.overheadPercent = overheadPercent
        self.technicalFeePercent = technicalFeePercent
        self.directExpenses = directExpenses
        self.workingDays = workingDays
    }
}
