/// The 10~15% range of the application-SW maintenance rate.
public struct MaintenanceRateRange: Sendable, Equatable {
    /// The lowest rate (percent of the development cost).
    public var lowPercent: ExactDecimal
    /// The highest rate (percent).
    public var highPercent: ExactDecimal

    /// Creates a range.
    public init(lowPercent: ExactDecimal, highPercent: ExactDecimal) {
        self.lowPercent = lowPercent
        self.highPercent = highPercent
    }
}

/// The linear rate formula: rate = base + span × TMP / 100.
public struct MaintenanceRateFormula: Sendable, Equatable {
    /// The rate at TMP 0 (percent).
    public var basePercent: ExactDecimal
    /// What TMP 100 adds (percent).
    public var spanPercent: ExactDecimal

    /// Creates a formula.
    public init(basePercent: ExactDecimal, spanPercent: ExactDecimal) {
        self.basePercent = basePercent
        self.spanPercent = spanPercent
    }

    /// The formula written out with the book's figures, e.g. `10% + 5% × TMP/100`.
    public var text: String { "\(basePercent)% + \(spanPercent)% × TMP/100" }

    /// The rate for a TMP score 0…100, exact (TMP/100 × span has at most four decimals).
    public func ratePercent(tmp: Int) -> ExactDecimal {
        let share = ExactDecimal(significand: Int64(tmp), scale: 2)
        return basePercent.adding(spanPercent.multiplied(by: share)!)!
    }
}

/// Every figure of application-SW maintenance by the rate method (요율제) from one edition.
public struct ApplicationMaintenanceRates: Sendable {
    /// The verified 10~15% range.
    public var range: Sourced<MaintenanceRateRange>
    /// The rate formula (single source).
    public var formula: Sourced<MaintenanceRateFormula>
    /// The five difficulty factors.
    public var factors: [DifficultyFactorKind: Sourced<DifficultyFactorTable>]

    /// Creates the figure set.
    public init(range: Sourced<MaintenanceRateRange>, formula: Sourced<MaintenanceRateFormula>,
                factors: [DifficultyFactorKind: Sourced<DifficultyFactorTable>]) {
        self.range = range
        self.formula = formula
        self.factors = factors
    }
}
