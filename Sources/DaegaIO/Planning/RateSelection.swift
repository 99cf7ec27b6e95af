import DaegaEngine

/// The loaded rate books and the day that decides which edition, wage table and rule set are in force.
///
/// The books in force and the notes that say which were chosen are worked out once, the first time they are asked
/// for (a batch asks on every row; a command that needs no wage table parses none).
public final class RateSelection: Sendable {
    /// Every rate book.
    public let library: RateLibrary
    /// The reference day (today, or `--as-of`).
    public let date: CalendarDate
    private let editionInForce: LazyResult<(GuideEdition, EstimateNote)>
    private let wageTableInForce: LazyResult<(WageTable, EstimateNote)>
    private let rulesInForce: LazyResult<ProcurementRules>
    private let bandsInForce: LazyResult<ProductivityBands>

    /// Creates a selection of the books in force on `date`, each chosen (and parsed) when first asked for.
    public init(library: RateLibrary, date: CalendarDate) {
        self.library = library
        self.date = date
        editionInForce = LazyResult {
            let edition = try library.guides.bookInForce(on: date)
            return (edition, EstimateNote(code: "edition_in_force", text: LocalizedText(
                ko: "판을 지정하지 않아 \(date) 기준 시행 중인 최신판 「\(edition.title)」(\(edition.effectiveFrom) 시행)을 적용했습니다.",
                en: "No edition was given; the newest edition in force on \(date), \"\(edition.title)\" (from \(edition.effectiveFrom)), was used.")))
        }
        wageTableInForce = LazyResult {
            let table = try library.wages.tableInForce(on: date)
            return (table, EstimateNote(code: "wage_year_in_force", text: LocalizedText(
                ko: "임금 적용연도를 지정하지 않아 \(date)에 시행 중인 「\(table.title)」을 적용했습니다.",
                en: "No wage year was given; \"\(table.title)\", in force on \(date), was used.")))
        }
        rulesInForce = LazyResult { try library.procurement.bookInForce(on: date).rules(on: date) }
        bandsInForce = LazyResult { try library.durations.bookInForce(on: date) }
    }

    /// The same selection over a ``RateLibrary/replica()`` of the books, for a worker thread of its own.
    /// - Throws: what `RateLibrary.replica()` throws (never in practice).
    public func replica() throws -> RateSelection { RateSelection(library: try library.replica(), date: date) }

    /// The guide edition asked for, or the newest in force on the reference day with a note saying which.
    /// - Parameters:
    ///   - year: the edition the user named, if any.
    ///   - location: where the year was given, for errors.
    /// - Throws: `DaegaError.unknownEdition` at `location`.
    public func edition(_ year: Int?, location: InputLocation?) throws -> (GuideEdition, EstimateNote?) {
        guard let year else {
            let (edition, note) = try editionInForce.get()
            return (edition, note)
        }
        do {
            return (try library.guides.book(year), nil)
        } catch let error as DaegaError {
            throw error.relocated { _ in location }
        }
    }

    /// The size-factor curve of the edition the function-point estimate used, so a workbook's size factor follows
    /// its function points.
    /// - Returns: `nil` when the project has no function-point estimate.
    /// - Throws: `DaegaError` when the edition has no function-point rates (never for an estimate made from it).
    public func sizeFactorCurve(of estimates: ProjectEstimates) throws(DaegaError) -> SizeFactorCurve? {
        guard let estimate = estimates.functionPoints else { return nil }
        do {
            return try edition(estimate.edition, location: nil).0.requireFunctionPoints().sizeFactor.value
        } catch {
            throw DaegaError.unexpected(error)
        }
    }

    /// The wage table of `year`, or the one in force on the reference day with a note saying so.
    /// - Throws: `DaegaError.unknownWageYear`.
    public func wageTable(_ year: Int?) throws -> (WageTable, EstimateNote?) {
        if let year { return (try library.wages.book(year), nil) }
        let (table, note) = try wageTableInForce.get()
        return (table, note)
    }

    /// The newest table publishing its working days, when the table in force on the reference day has daily figures only.
    /// - Throws: `DaegaError` when a wage table it looks at is malformed.
    public var usualDivisorTable: WageTable? {
        get throws {
            guard let (table, _) = try? wageTableInForce.get() else { return nil }
            return try library.wages.usualDivisorTable(for: table)
        }
    }

    /// The year of the wage table in force on the reference day, if there is one.
    public var wageYearInForce: Int? { try? wageTableInForce.get().0.year }

    /// The procurement rules in force on the reference day.
    public func procurementRules() throws -> ProcurementRules { try rulesInForce.get() }

    /// The productivity bands in force on the reference day.
    public func productivityBands() throws -> ProductivityBands { try bandsInForce.get() }

    /// The early-sizing reference figures in force on the reference day.
    /// - Throws: `DaegaError.ratesNotFound` when the rates folder has no `sizing/` book in force.
    public func sizingBook() throws -> SizingBook { try library.sizing.bookInForce(on: date) }
}
