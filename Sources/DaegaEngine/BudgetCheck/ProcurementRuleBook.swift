/// A procurement rule book (`rates/procurement/YEAR.toml`): every tender and contract rule with its own dated
/// versions (see `DatedRule`), kept as the rule sets in force between the days any rule changes.
public final class ProcurementRuleBook: Sendable, EffectiveDated {
    public static let kindLabel = "입찰·계약 규칙"
    public static let folder = "procurement"

    /// The book's year.
    public let year: Int
    /// Its title.
    public let title: String
    /// Its identifier, e.g. `procurement-2025`.
    public let book: String
    /// The first day any of its rules covers.
    public let effectiveFrom: CalendarDate
    /// The 협상 price-score rule's versions, for `daega price-score`, which needs that rule alone.
    public let priceScore: DatedRule<PriceScoreRule>
    /// Every version of every rule, with the days it was in force, for listing.
    public let summary: RateBookSummary
    /// From each day a rule changes, the rules in force (or why they cannot be put together), oldest first.
    private let stretches: [(from: CalendarDate, rules: Result<ProcurementRules, DaegaError>)]

    /// Creates a book from the rule set of each day a rule changes.
    /// - Parameters:
    ///   - changeDays: every day a version of any rule starts, or the day after one ends.
    ///   - rulesOn: the rules in force on a day, or the `DaegaError.dateNotCovered` naming a rule that does not cover it.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, priceScore: DatedRule<PriceScoreRule>,
                summary: RateBookSummary, changeDays: Set<CalendarDate>,
                rulesOn: (CalendarDate) throws(DaegaError) -> ProcurementRules) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.priceScore = priceScore
        self.summary = summary
        let days = changeDays.sorted()
        // The day before the first change stands for every earlier day: its error names the rule that does not reach back.
        stretches = ((days.first.map { [$0.previousDay] } ?? []) + days).map { day in
            (day, Result { () throws(DaegaError) in try rulesOn(day) })
        }
    }

    /// The rules in force on `date`: each rule's version covering that day. A rule that did not exist yet (과업심의,
    /// or a scoring rule before the first day daega's book covers it) is absent.
    /// - Throws: `DaegaError.dateNotCovered` naming a rule a budget check needs and the periods it covers.
    public func rules(on date: CalendarDate) throws -> ProcurementRules {
        guard let stretch = stretches.last(where: { $0.from <= date }) ?? stretches.first else {
            throw DaegaError(.dateNotCovered, at: .flag("--as-of"), "\(title)에 규칙이 없습니다", expected: "규칙이 하나 이상 있는 요율표")
        }
        return try stretch.rules.get()
    }
}
