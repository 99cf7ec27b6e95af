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
    /// `functionPoints` compiled for ``FunctionPointCore`` (with this edition's VAT), when the edition has them.
    public let functionPointCore: FunctionPointCoreBook?
    /// Maintenance figures; `nil` when the book has none.
    public let maintenance: MaintenanceRates?
    /// `maintenance` compiled for ``MaintenanceCore`` (with this edition's VAT), when the edition has them.
    public let maintenanceCore: MaintenanceCoreBook?
    /// Man-month (투입공수) figures; `nil` when the book has none.
    public let labor: LaborRates?
    /// The FP unit price of an edition whose adjustment factors differ from the 2018 model daega computes with
    /// (`[fp_unit_price_only]`): listed, never used for a calculation.
    public let unitPriceOnly: Sourced<Won>?

    /// Creates an edition.
    public init(year: Int, title: String, book: String, effectiveFrom: CalendarDate, effectiveFromReference: RateReference,
                vatPercent: Sourced<ExactDecimal>, vatRounding: Sourced<RoundingStep>, functionPoints: FunctionPointRates?,
                labor: LaborRates? = nil, maintenance: MaintenanceRates? = nil, unitPriceOnly: Sourced<Won>? = nil) {
        self.year = year
        self.title = title
        self.book = book
        self.effectiveFrom = effectiveFrom
        self.effectiveFromReference = effectiveFromReference
        self.vatPercent = vatPercent
        self.vatRounding = vatRounding
        self.functionPoints = functionPoints
        functionPointCore = functionPoints.map {
            FunctionPointCoreBook(rates: $0, vatPercent: vatPercent.value, vatRounding: vatRounding.value)
        }
        self.labor = labor
        self.maintenance = maintenance
        maintenanceCore = maintenance.map {
            MaintenanceCoreBook(rates: $0, vatPercent: vatPercent.value, vatRounding: vatRounding.value)
        }
        self.unitPriceOnly = unitPriceOnly
    }

    /// The function-point figures.
    /// - Throws: `DaegaError.methodNotInEdition` when the book has none.
    public func requireFunctionPoints() throws -> FunctionPointRates {
        guard let functionPoints else {
            if let unitPriceOnly {
                throw DaegaError(.methodNotInEdition, at: .field("edition"),
                                 "\(title)의 FP 단가는 \(unitPriceOnly.value.grouped)원이지만 보정계수 체계(규모·어플리케이션 유형·언어·품질 및 특성)가 2018년판 이후와 달라 daega는 이 판으로 기능점수 개발비를 계산하지 않습니다",
                                 expected: "2018년판 이후의 판(--edition 2018 이상), 또는 그 판의 보정계수 표를 실은 요율표 사본(--rates)")
            }
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
