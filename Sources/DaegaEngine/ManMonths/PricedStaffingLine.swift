/// A staffing line priced against a wage table.
public struct PricedStaffingLine: Sendable, Equatable {
    /// The job as the table names it.
    public var job: String
    /// The name the user wrote, when it differs from the table's.
    /// Not `?`: on a type holding references, its implicit `nil` default makes Swift 6.3 copy the whole value per init.
    public var writtenAs: Optional<String>
    /// The effort as given.
    public var effort: StaffingEffort
    /// The quantity priced: months when priced monthly, days when priced daily.
    public var pricedQuantity: ExactDecimal
    /// Whether the line was priced by the monthly wage (otherwise by the daily wage).
    public var pricedMonthly: Bool
    /// The wage per unit priced.
    public var unitWage: Won
    /// 직접인건비 of the line.
    public var amount: Won
    /// The line in man-months, when it can be stated (days need a day count).
    public var manMonths: ExactDecimal?
}
