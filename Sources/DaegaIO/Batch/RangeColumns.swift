import DaegaEngine

/// The columns `batch --ranges` adds to each row: the proper cost's P50 and P90 and the chance the budget covers it.
public enum RangeColumns {
    /// The column names, in order.
    public static let names = ["p50", "p90", "coverage_probability"]
    /// The Korean column names (`--headers ko`, workbooks), in ``names`` order.
    public static let koreanNames = ["적정 대가 P50", "적정 대가 P90", "충족 확률"]

    /// The number of samples per row unless `--samples` says otherwise: few enough that a ranged batch takes at most
    /// ten times a plain one (README, Batch speed).
    public static let defaultSamples = 16

    /// Simulates one checked row's range against its budget.
    /// - Parameters:
    ///   - budgetWithVAT: the row's budget, VAT 포함, as its check read it.
    ///   - awardRatio: the typical award ratio its check used.
    /// - Throws: the engine's `DaegaError` (the row's point check already passed, so only the simulation's own).
    static func simulate(_ inputs: borrowing ProjectInputs, budgetWithVAT: Won, awardRatio: Sourced<ExactDecimal>,
                         settings: RangeSettings, selection: RateSelection) throws -> RangeResult {
        let preparation = try ProjectPreparation(inputs, selection: selection)
        return try preparation.relocatingErrors {
            try RangeSimulator.simulate(try preparation.estimateInput(selection: selection), settings: settings,
                                        sizing: settings.stage == nil ? nil : try selection.sizingBook(),
                                        budget: RangeSimulator.BudgetBasis(budgetWithVAT: budgetWithVAT, awardRatio: awardRatio),
                                        properCostOnly: true)
        }
    }

    /// The row's range cells.
    static func cells(_ range: RangeResult) -> [CSVCell] {
        [.number(ExactDecimal(range.properCost.p50.value)), .number(ExactDecimal(range.properCost.p90.value)),
         .number((range.coveragePermille ?? 0).permilleProbability)]
    }
}
