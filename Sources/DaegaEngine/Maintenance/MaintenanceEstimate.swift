/// A difficulty factor as rated: rating, points and the rule that applies.
public struct AppliedDifficulty: Sendable, Equatable {
    /// Which factor.
    public var kind: DifficultyFactorKind
    /// The factor's name.
    public var name: LocalizedText
    /// The rating given.
    public var rating: MaintenanceRating
    /// Its points.
    public var points: Int
    /// The rule of that rating.
    public var rule: LocalizedText
}

/// Application-SW maintenance by the rate method, as computed.
public struct ApplicationMaintenanceFee: Sendable {
    /// The five ratings.
    public var difficulties: [AppliedDifficulty]
    /// 유지관리 난이도 총점 (TMP), 0…100.
    public var difficultyScore: Int
    /// The rate from the formula (percent).
    public var ratePercent: ExactDecimal
    /// The verified rate range, for compliance checks.
    public var range: Sourced<MaintenanceRateRange>
    /// The formula the rate came from, for compliance checks to quote.
    public var formula: Sourced<MaintenanceRateFormula>
    /// The basis of each year (VAT 별도).
    public var bases: [Won]
    /// 직접경비 per year (annual).
    public var directExpenses: Won
    /// The annual fee of each year (basis × rate + 직접경비), before pro-rating.
    public var annualFees: [Won]
}

/// One commercial product's maintenance, as computed.
public struct CommercialMaintenanceFee: Sendable {
    /// The product.
    public var product: CommercialProduct
    /// What its grade means.
    public var meaning: LocalizedText
    /// The annual rate used (percent).
    public var ratePercent: ExactDecimal
    /// The book's figure for the grade; `nil` when the rate was given explicitly.
    public var gradeReference: RateReference?
    /// The annual fee (licence × rate).
    public var annualFee: Won
}

/// One contract year of the period.
public struct MaintenanceYear: Sendable, BitwiseCopyable, Equatable {
    /// 1 for the first year.
    public var index: Int
    /// Months in this year (12, or fewer for the last).
    public var months: Int
    /// Application-SW fee of the year, when any.
    public var application: Won?
    /// Commercial-SW fees of the year, when any.
    public var commercial: Won?
    /// The year's total (VAT 별도).
    public var total: Won
    /// 부가가치세.
    public var vat: Won
    /// The year's total with VAT.
    public var totalWithVAT: Won
}

/// The result of a maintenance estimate, listed year by year, every figure with its trace.
public struct MaintenanceEstimate: Sendable {
    /// The guide edition year used.
    public var edition: Int
    /// The edition's title.
    public var editionTitle: String
    /// The period.
    public var period: MaintenancePeriod
    /// Application SW, when requested.
    public var application: ApplicationMaintenanceFee?
    /// Commercial SW, one per product.
    public var commercial: [CommercialMaintenanceFee]
    /// The book's lowest commercial rate whatever the grade, when it has one.
    public var commercialFloor: Sourced<ExactDecimal>?
    /// Sum of the products' annual fees.
    public var commercialAnnualTotal: Won
    /// The years of the period.
    public var years: [MaintenanceYear]
    /// The whole period (VAT 별도): the sum of the years.
    public var total: Won
    /// The sum of the years' VAT.
    public var vat: Won
    /// The whole period with VAT.
    public var totalWithVAT: Won
    /// Every step of the calculation.
    public var trace: [TraceStep]
    /// Assumptions made and cautions about figures.
    public var notes: [EstimateNote]
    /// Every rate-book figure used, in order of first use.
    public var rates: [RateReference]
}

extension ApplicationMaintenanceFee {
    /// The fee of `figures`, with the names and rules of the ratings from `rates`.
    init(_ figures: ApplicationMaintenanceFigures, rates: ApplicationMaintenanceRates) {
        let difficulty = figures.difficulty
        self.init(
            difficulties: DifficultyFactorKind.allCases.map { kind in
                let table = rates.factors[kind]!.value, rating = difficulty.ratings[kind.ordinal]
                return AppliedDifficulty(kind: kind, name: table.name, rating: rating, points: difficulty.points[kind.ordinal],
                                         rule: table.level(rating).rule)
            },
            difficultyScore: difficulty.score, ratePercent: difficulty.ratePercent, range: rates.range, formula: rates.formula,
            bases: (0..<figures.yearCount).map { figures.years[$0].basis }, directExpenses: figures.directExpenses,
            annualFees: (0..<figures.yearCount).map { figures.years[$0].annual })
    }
}

extension CommercialMaintenanceFee {
    /// The fee of `figures` for `product`, with its grade's meaning and figure from `rates` (no figure for a given rate).
    init(_ figures: CommercialFeeFigures, product: CommercialProduct, rates: CommercialMaintenanceRates) {
        let entry = rates.entry(product.grade)
        self.init(product: product,
                  meaning: entry?.value.meaning ?? LocalizedText(ko: "요율표에 없는 등급", en: "grade not in the rate book"),
                  ratePercent: figures.ratePercent, gradeReference: figures.rateGiven ? nil : entry?.reference,
                  annualFee: figures.annualFee)
    }
}
