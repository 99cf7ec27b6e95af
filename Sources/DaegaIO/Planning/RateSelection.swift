import DaegaEngine

/// The loaded rate books and the day that decides which edition, wage table and rule set are in force.
public struct RateSelection: Sendable {
    /// Every rate book.
    public var library: RateLibrary
    /// The reference day (today, or `--as-of`).
    public var date: CalendarDate

    /// Creates a selection.
    public init(library: RateLibrary, date: CalendarDate) {
        self.library = library
        self.date = date
    }

    /// The guide edition asked for, or the newest in force on the reference day with a note saying which.
    /// - Parameters:
    ///   - year: the edition the user named, if any.
    ///   - location: where the year was given, for errors.
    /// - Throws: `DaegaError.unknownEdition` at `location`.
    public func edition(_ year: Int?, location: InputLocation?) throws -> (GuideEdition, EstimateNote?) {
        if let year {
            do {
                return (try library.guides.book(year), nil)
            } catch let error as DaegaError {
                throw error.relocated { _ in location }
            }
        }
        let edition = try library.guides.bookInForce(on: date)
        let note = EstimateNote(code: "edition_in_force", text: LocalizedText(
            ko: "판을 지정하지 않아 \(date) 기준 시행 중인 최신판 「\(edition.title)」(\(edition.effectiveFrom) 시행)을 적용했습니다.",
            en: "No edition was given; the newest edition in force on \(date), \"\(edition.title)\" (from \(edition.effectiveFrom)), was used."))
        return (edition, note)
    }

    /// The wage table of `year`, or the one in force on the reference day with a note saying so.
    /// - Throws: `DaegaError.unknownWageYear`.
    public func wageTable(_ year: Int?) throws -> (WageTable, EstimateNote?) {
        if let year { return (try library.wages.book(year), nil) }
        let table = try library.wages.tableInForce(on: date)
        return (table, EstimateNote(code: "wage_year_in_force", text: LocalizedText(
            ko: "임금 적용연도를 지정하지 않아 \(date)에 시행 중인 「\(table.title)」을 적용했습니다.",
            en: "No wage year was given; \"\(table.title)\", in force on \(date), was used.")))
    }

    /// The procurement rules in force on the reference day.
    public func procurementRules() throws -> ProcurementRules { try library.procurement.bookInForce(on: date) }

    /// The productivity bands in force on the reference day.
    public func productivityBands() throws -> ProductivityBands { try library.durations.bookInForce(on: date) }
}
