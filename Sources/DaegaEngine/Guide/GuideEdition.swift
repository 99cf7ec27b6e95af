/// One edition of the KOSA 「SW사업 대가산정 가이드」 as loaded from a rate book.
public struct GuideEdition: Sendable {
    /// The edition year, e.g. 2020.
    public var year: Int
    /// The edition's title.
    public var title: String
    /// The rate book's identifier, e.g. `guide-2020`.
    public var book: String
    /// The day the edition was published and took effect.
    public var effectiveFrom: CalendarDate
    /// The source of the date.
    public var effectiveFromReference: RateReference
    /// 부가가치세율 (percent).
    public var vatPercent: Sourced<ExactDecimal>
    /// How VAT is rounded.
    public var vatRounding: Sourced<RoundingStep>
    /// Function-point figures; `nil` when the book has none.
    public var functionPoints: FunctionPointRates?
    /// Man-month (투입공수) figures; `nil` when the book has none. Set after init by the reader.
    public var labor: LaborRates? = nil

    /// Creates an edition.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, effectiveFromReference: RateReference,
                vatPercent: Sourced<ExactDecimal>, vatRounding: Sourced<RoundingStep>, functionPoints: FunctionPointRates?) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.effectiveFromReference = effectiveFromReference
        self.vatPercent = vatPercent
        self.vatRounding = vatRounding
        self.functionPoints = functionPoints
    }

    /// The function-point figures.
    /// - Throws: `DaegaError.methodNotInEdition` when the book has none.
    public func requireFunctionPoints() throws -> FunctionPointRates {
        guard let functionPoints else {
            throw DaegaError(.methodNotInEdition, at: .field("edition"),
                             "\(title) 요율표(\(book))에는 기능점수 수치가 없습니다",
                             expected: "기능점수 수치가 있는 판(daega rates로 확인)")
        }
        return functionPoints
    }
}

/// The set of guide editions that were loaded, with the rule for choosing one.
public struct GuideEditionCatalog: Sendable {
    /// Editions, oldest first.
    public private(set) var editions: [GuideEdition]

    /// Creates a catalog; editions are sorted by year.
    public init(_ editions: [GuideEdition]) {
        self.editions = editions.sorted { $0.year < $1.year }
    }

    /// The edition with the given year.
    /// - Throws: `DaegaError.unknownEdition` listing the available years.
    public func edition(_ year: Int) throws -> GuideEdition {
        guard let edition = editions.first(where: { $0.year == year }) else {
            throw DaegaError(.unknownEdition, at: .field("edition"), "가이드 \(year)년판 요율표가 없습니다",
                             expected: "다음 중 하나: \(editions.map { String($0.year) }.joined(separator: ", ")) (새 판은 rates/guide/에 파일을 추가)")
        }
        return edition
    }

    /// The newest edition in force on `date` (effective on or before it).
    /// - Throws: `DaegaError.unknownEdition` when no edition was in force yet.
    public func editionInForce(on date: CalendarDate) throws -> GuideEdition {
        guard let edition = editions.last(where: { $0.effectiveFrom <= date }) else {
            throw DaegaError(.unknownEdition, at: .field("edition"), "\(date)에 시행 중인 가이드 판이 없습니다",
                             expected: "--edition으로 판을 지정")
        }
        return edition
    }
}
