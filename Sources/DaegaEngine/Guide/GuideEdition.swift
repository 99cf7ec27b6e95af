/// One edition of the KOSA 「SW사업 대가산정 가이드」 as loaded from a rate book. Immutable and shared by reference,
/// so passing it along never copies its tables.
public final class GuideEdition: Sendable {
    /// The edition year, e.g. 2020.
    public let year: Int
    /// The edition's title.
    public let title: String
    /// The rate book's identifier, e.g. `guide-2020`.
    public let book: String
    /// The day the edition was published and took effect.
    public let effectiveFrom: CalendarDate
    /// The source of the date.
    public let effectiveFromReference: RateReference
    /// 부가가치세율 (percent).
    public let vatPercent: Sourced<ExactDecimal>
    /// How VAT is rounded.
    public let vatRounding: Sourced<RoundingStep>
    /// Function-point figures; `nil` when the book has none.
    public let functionPoints: FunctionPointRates?
    /// Maintenance figures; `nil` when the book has none.
    public let maintenance: MaintenanceRates?
    /// Man-month (투입공수) figures; `nil` when the book has none.
    public let labor: LaborRates?

    /// Creates an edition.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, effectiveFromReference: RateReference,
                vatPercent: Sourced<ExactDecimal>, vatRounding: Sourced<RoundingStep>, functionPoints: FunctionPointRates?,
                labor: LaborRates? = nil, maintenance: MaintenanceRates? = nil) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.effectiveFromReference = effectiveFromReference
        self.vatPercent = vatPercent
        self.vatRounding = vatRounding
        self.functionPoints = functionPoints
        self.labor = labor
        self.maintenance = maintenance
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

extension GuideEdition: EffectiveDated {
    public static let kindLabel = "가이드"
    public static let folder = "guide"
}

/// The guide editions that were loaded.
public typealias GuideEditionCatalog = EffectiveDatedCatalog<GuideEdition>
