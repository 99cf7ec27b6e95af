/// Computes the 소프트웨어 개발비 by the function-point method of one guide edition: counts the scope, then
/// ``FunctionPointCore`` computes the figures and ``FunctionPointExplanation`` words them.
public enum FunctionPointEstimator {
    /// Estimates a request under `edition`.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations) or amounts that overflow.
    public static func estimate(_ request: FunctionPointRequest, edition: GuideEdition) throws -> FunctionPointEstimate {
        try compute(request, edition: edition).explained()
    }

    /// Counts and computes a request under `edition` without wording it: every error ``estimate(_:edition:)`` can
    /// throw is thrown here, so a caller with other estimates still to make words this one only once they succeed.
    /// - Throws: `DaegaError` for bad inputs (with `.field` locations) or amounts that overflow.
    static func compute(_ request: FunctionPointRequest, edition: GuideEdition) throws -> Computed {
        let rates = try edition.requireFunctionPoints()
        let count = try FunctionPointCount.count(request.scope, rates: rates)
        do {
            let figures = try FunctionPointCore.compute(
                functionPoints: count.total, levels: request.levelsInOrder, directExpenses: request.directExpenses,
                profitPercent: request.profitPercent, phases: request.phases, book: edition.functionPointCore!)
            return Computed(request: request, edition: edition, rates: rates, count: count, figures: figures)
        } catch let error as DaegaError where error.code == .amountOverflow && error.location == nil {
            // The size is capped far below Int64, so only the direct expenses can carry a total past it.
            throw error.relocated { _ in .field("direct_expenses") }
        }
    }

    /// A request counted and computed by ``FunctionPointCore``, not yet worded.
    struct Computed {
        let request: FunctionPointRequest
        let edition: GuideEdition
        let rates: FunctionPointRates
        let count: FunctionPointCount
        let figures: FunctionPointFigures

        /// The estimate, worded by ``FunctionPointExplanation`` (which cannot fail).
        func explained() -> FunctionPointEstimate {
            let applied = AdjustmentFactorKind.allCases.indices.map { order in
                AppliedFactor(rates.factorsInOrder[order]!.value, figures: figures.factors[order])
            }
            let (recorder, notes) = FunctionPointExplanation.explain(figures, count: count, phases: request.phases,
                                                                     edition: edition, rates: rates)
            return FunctionPointEstimate(
                edition: edition.year, editionTitle: edition.title, count: count, unitPrice: rates.unitPrice.value,
                phaseSharePercent: figures.sharePercent, phases: request.phases, sizeFactor: figures.sizeFactor,
                factors: applied, unadjustedCost: figures.unadjustedCost, adjustedCost: figures.adjustedCost,
                profitPercent: figures.profitPercent, profit: figures.profit, directExpenses: figures.directExpenses,
                total: figures.total, vat: figures.vat, totalWithVAT: figures.totalWithVAT,
                trace: recorder.steps, notes: notes.items, rates: recorder.rates)
        }
    }
}
