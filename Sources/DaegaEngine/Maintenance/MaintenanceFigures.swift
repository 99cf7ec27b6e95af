/// The TMP and the rate it gives, as ``MaintenanceCore`` computes them.
public struct DifficultyFigures: Sendable, BitwiseCopyable {
    /// The rating of each factor, in `DifficultyFactorKind.allCases` order.
    public var ratings: InlineArray<5, MaintenanceRating>
    /// The points of each rating, in the same order.
    public var points: InlineArray<5, Int>
    /// 유지관리 난이도 총점 (TMP): the sum of the points.
    public var score: Int
    /// 유지관리 요율 (percent) = base + span × TMP / 100.
    public var ratePercent: ExactDecimal
}

/// One year's application-SW fee before pro-rating.
public struct ApplicationYearFigures: Sendable, BitwiseCopyable, Equatable {
    /// 유지관리 대상 개발비 of the year (VAT 별도).
    public var basis: Won
    /// 개발비 × 요율, rounded.
    public var rated: Won
    /// 연간 유지관리비 = 개발비 × 요율 + 직접경비.
    public var annual: Won
}

/// Application-SW maintenance by the rate method, as ``MaintenanceCore`` computes it.
public struct ApplicationMaintenanceFigures: Sendable, BitwiseCopyable {
    /// The TMP and the rate.
    public var difficulty: DifficultyFigures
    /// Annual 직접경비.
    public var directExpenses: Won
    /// The years of the period (1…10) and the fee of each, in `years[0..<yearCount]`.
    public var yearCount: Int
    /// The fee of each year.
    public var years: InlineArray<10, ApplicationYearFigures>
}

/// One commercial product's fee, as ``MaintenanceCore`` computes it.
public struct CommercialFeeFigures: Sendable, BitwiseCopyable {
    /// 최초 라이선스 구매 계약금액.
    public var licensePrice: Won
    /// The rate used (percent): the given one, else the grade's from the book.
    public var ratePercent: ExactDecimal
    /// True when the rate was given rather than read from the book.
    public var rateGiven: Bool
    /// The book's rate of the product's grade, when it has that grade.
    public var bookPercent: ExactDecimal?
    /// 연간 유지관리비 = 라이선스 금액 × 요율, rounded.
    public var annualFee: Won
}

/// Every number of a maintenance estimate but the products' own fees, as ``MaintenanceCore`` computes it: the
/// explanation renders these and never recomputes one.
public struct MaintenanceFigures: Sendable, BitwiseCopyable {
    /// The whole period in months.
    public var months: Int
    /// Application SW, when estimated.
    public var application: ApplicationMaintenanceFigures?
    /// Σ the products' annual fees, when there are products.
    public var commercialAnnualTotal: Won?
    /// The number of contract years (1…10); the years are `years[0..<yearCount]`.
    public var yearCount: Int
    /// The contract years.
    public var years: InlineArray<10, MaintenanceYear>
    /// The whole period (VAT 별도): Σ the years' totals.
    public var total: Won
    /// Σ the years' VAT.
    public var vat: Won
    /// Σ the years' totals with VAT.
    public var totalWithVAT: Won
}
