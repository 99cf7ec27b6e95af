/// One rule of a rate book in its successive versions, each in force from its own day (and to its own last day
/// where it ended), so a check for any day uses the version in force then.
public struct DatedRule<Value: Sendable>: Sendable {
    /// One version of the rule and the days it was in force.
    public struct Version: Sendable {
        /// The first day in force.
        public var from: CalendarDate
        /// The last day in force; `nil` while it still applies.
        public var to: CalendarDate?
        /// The figures and where they come from.
        public var value: Sourced<Value>

        /// Creates a version.
        public init(from: CalendarDate, to: CalendarDate?, value: Sourced<Value>) {
            self.from = from
            self.to = to
            self.value = value
        }

        /// Whether `date` falls in this version's days.
        public func covers(_ date: CalendarDate) -> Bool { from <= date && to.map { date <= $0 } ?? true }

        /// `from~to`, or `from~` while it still applies.
        public var period: String { "\(from)~\(to.map(\.description) ?? "")" }
    }

    /// The rule's key in the book, e.g. `conglomerate_ban`.
    public let name: String
    /// Its versions, oldest first, not overlapping.
    public let versions: [Version]

    /// Creates a rule from versions sorted oldest first.
    public init(name: String, versions: [Version]) {
        self.name = name
        self.versions = versions
    }

    /// The version in force on `date`, or `nil` before the rule's first version (the rule did not exist yet).
    /// - Throws: `DaegaError.dateNotCovered` naming the rule and the periods its versions cover when `date` falls
    ///   after the rule's first day but in no version (a gap, or after a version that ended).
    public func valueIfAny(on date: CalendarDate) throws(DaegaError) -> Sourced<Value>? {
        if let version = versions.first(where: { $0.covers(date) }) { return version.value }
        guard let first = versions.first, date >= first.from else { return nil }
        throw notCovered(date)
    }

    /// The version in force on `date`.
    /// - Throws: `DaegaError.dateNotCovered` naming the rule and the periods its versions cover.
    public func value(on date: CalendarDate) throws(DaegaError) -> Sourced<Value> {
        guard let value = versions.first(where: { $0.covers(date) })?.value else { throw notCovered(date) }
        return value
    }

    /// Every day a version starts, and the day after one ends: the days the rules in force may change.
    public var changeDays: [CalendarDate] { versions.flatMap { [$0.from] + ($0.to.map { [$0.nextDay] } ?? []) } }

    /// One listing per version: the rule's key, the version's days and `describe`'s words for its figures.
    public func listings(_ describe: (Value) -> String) -> [RateFigureListing] {
        versions.map { RateFigureListing(key: name, value: "\($0.period): \(describe($0.value.value))", reference: $0.value.reference) }
    }

    private func notCovered(_ date: CalendarDate) -> DaegaError {
        DaegaError(.dateNotCovered, at: .flag("--as-of"),
                   "규칙 '\(name)'은(는) \(date)에 대한 수치가 daega 요율표에 없습니다 (다루는 기간: \(versions.map(\.period).joined(separator: ", ")))",
                   expected: "그 기간 안의 기준일(--as-of), 또는 그날의 규칙을 더한 요율표 사본(--rates)")
    }
}
