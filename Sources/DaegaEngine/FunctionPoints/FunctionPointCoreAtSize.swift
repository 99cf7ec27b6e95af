/// Prices a request's cost inputs at a size already counted or worked out (a range's point or sample, a sizing
/// estimate's low or high size): the figures only, with no estimate, trace or sentence.
extension FunctionPointCore {
    /// The figures of `request`'s expenses, profit and phases, with `levels`, at a size worked out rather than counted.
    ///
    /// Fails as ``FunctionPointEstimator`` fails for the same request with the scope `.total(size)`: the size's own
    /// check first, then the core's.
    static func figures(at size: ExactDecimal, levels: InlineArray<4, Int?>, costs request: borrowing FunctionPointRequest,
                        edition: GuideEdition, rates: FunctionPointRates) throws -> FunctionPointFigures {
        try figures(counted: try FunctionPointCount.count(.total(size), rates: rates).total, levels: levels, costs: request,
                    edition: edition)
    }

    /// The figures of `request`'s expenses, profit and phases, with `levels`, at its counted size.
    ///
    /// Fails as ``FunctionPointEstimator`` fails once the scope is counted: the core's checks, an overflow laid at
    /// the direct expenses.
    static func figures(counted: ExactDecimal, levels: InlineArray<4, Int?>, costs request: borrowing FunctionPointRequest,
                        edition: GuideEdition) throws -> FunctionPointFigures {
        do {
            return try compute(functionPoints: counted, levels: levels, directExpenses: request.directExpenses,
                               profitPercent: request.profitPercent, phases: request.phases, book: edition.functionPointCore!)
        } catch let error as DaegaError where error.code == .amountOverflow && error.location == nil {
            // The size is capped far below Int64, so only the direct expenses can carry a total past it.
            throw error.relocated { _ in .field("direct_expenses") }
        }
    }
}
