/// A maintenance period in months, split into contract years of 12 months (the last may be shorter).
public struct MaintenancePeriod: Sendable, Equatable {
    /// The months accepted: one month to ten years.
    public static let monthRange = 1...120

    /// The whole period in months.
    public var months: Int
    /// Months in each year, in order: 30 months is [12, 12, 6].
    public var years: [Int]

    /// Splits a period into years.
    /// - Throws: `DaegaError.maintenancePeriod` when `months` is outside 1–120.
    public init(months: Int) throws {
        guard Self.monthRange.contains(months) else {
            throw DaegaError(.maintenancePeriod, at: .field("months"), "유지관리 기간 \(months)개월은 범위를 벗어났습니다",
                             expected: "\(Self.monthRange.lowerBound)~\(Self.monthRange.upperBound)개월의 정수")
        }
        self.months = months
        years = (0..<MaintenanceCore.yearCount(months: months)).map { MaintenanceCore.monthsInYear($0, of: months) }
    }
}
