/// One job (직무) of a wage table with its average wages.
public struct JobWage: Sendable, Equatable {
    /// The job's name as the table writes it, e.g. `응용SW개발자`.
    public var name: String
    /// 월평균임금 (M/M); `nil` when the table publishes daily figures only.
    public var monthly: Won?
    /// 일평균임금 (M/D).
    public var daily: Won
    /// 시간평균임금 (M/H), when published.
    public var hourly: Won?
    /// Older job names this job absorbed (the table's "Includes" column).
    public var includes: [String]
    /// Source and status of the row.
    public var reference: RateReference

    /// Creates a row.
    public init(name: String, monthly: Won?, daily: Won, hourly: Won?, includes: [String], reference: RateReference) {
        self.name = name
        self.monthly = monthly
        self.daily = daily
        self.hourly = hourly
        self.includes = includes
        self.reference = reference
    }
}
