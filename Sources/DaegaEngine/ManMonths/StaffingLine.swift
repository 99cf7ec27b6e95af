/// How much of a job a plan buys: months (M/M) or days (M/D); decimals are allowed.
public enum StaffingEffort: Sendable, BitwiseCopyable, Equatable {
    /// 투입 M/M.
    case months(ExactDecimal)
    /// 투입 M/D.
    case days(ExactDecimal)

    /// The quantity, whichever the unit.
    public var quantity: ExactDecimal {
        switch self {
        case let .months(value), let .days(value): value
        }
    }
}

/// One line of a staffing plan: a job and its effort, as the user wrote them.
public struct StaffingLine: Sendable, Equatable {
    /// The job's name as written.
    public var job: String
    /// The effort.
    public var effort: StaffingEffort

    /// Creates a line.
    public init(job: String, effort: StaffingEffort) {
        self.job = job
        self.effort = effort
    }

    /// The input field of line `index`'s job, for error locations (`staffing[0].job`).
    public static func jobField(_ index: Int) -> String { "staffing[\(index)].job" }
    /// The input field of line `index`'s effort (`staffing[0].effort`).
    public static func effortField(_ index: Int) -> String { "staffing[\(index)].effort" }
}
