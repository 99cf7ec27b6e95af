/// What a project is estimated from before any budget is checked: the scope, the staffing plan and the duration.
public struct ProjectEstimateInput: Sendable {
    /// The guide edition.
    public var edition: GuideEdition
    /// The function-point request, when a scope is given.
    /// Not `?`: on a type holding references, its implicit `nil` default makes Swift 6.3 copy the whole value per init.
    public var functionPoints: Optional<FunctionPointRequest>
    /// The man-month side, when staffing is given.
    public var manMonths: Optional<ManMonthCheckInput>
    /// The planned duration in months.
    public var plannedMonths: ExactDecimal?
    /// The kind of work, for the comparison.
    public var work: WorkKind?
    /// The productivity bands for the proper duration; needed only to compare both methods (a day before any
    /// duration book has none).
    public var bands: ProductivityBands?

    /// Creates the input.
    public init(edition: GuideEdition, functionPoints: FunctionPointRequest?, manMonths: ManMonthCheckInput?,
                plannedMonths: ExactDecimal?, work: WorkKind? = nil, bands: ProductivityBands?) {
        self.edition = edition
        self.functionPoints = functionPoints
        self.manMonths = manMonths
        self.plannedMonths = plannedMonths
        self.work = work
        self.bands = bands
    }
}
