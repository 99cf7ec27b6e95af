import DaegaEngine

/// The man-month inputs of a project, from a project file's `[staffing]` section or flags, with where each came from.
public struct StaffingInput: Sendable, Equatable {
    /// 임금표 적용연도; `nil` means the table in force on the reference day.
    public var wageYear: Int?
    /// The guide edition whose 제경비·기술료 ranges apply; `nil` means the edition in force.
    public var edition: Int?
    /// The staffing lines given inline.
    public var lines: [StaffingLine] = []
    /// A staffing CSV (path resolved against the project file's folder), instead of inline lines.
    public var file: String?
    /// 제경비율 (percent), when given.
    public var overheadPercent: ExactDecimal?
    /// 기술료율 (percent), when given.
    public var technicalFeePercent: ExactDecimal?
    /// 직접경비.
    public var directExpenses: Won = .zero
    /// Working days per month, for a table without monthly figures.
    public var workingDays: ExactDecimal?
    /// The planned duration in months, for the comparison.
    public var durationMonths: ExactDecimal?
    /// The kind of work, for the comparison.
    public var work: WorkKind?
    /// Where each field was given (engine field name → flag or file position), for error messages.
    public var locations: [String: InputLocation] = [:]

    /// Creates empty inputs.
    public init() {}

    /// Replaces the staffing lines, recording where each line's job and effort were written.
    public mutating func setLines(_ lines: [StaffingLine], locations places: [(job: InputLocation, effort: InputLocation)]) {
        self.lines = lines
        locations = locations.filter { !$0.key.hasPrefix("staffing[") }
        for (index, place) in places.enumerated() {
            locations[StaffingLine.jobField(index)] = place.job
            locations[StaffingLine.effortField(index)] = place.effort
        }
    }

    /// Maps an engine error's field to where the user wrote it.
    public func locate(_ error: DaegaError) -> DaegaError {
        error.relocated(to: locations)
    }
}
