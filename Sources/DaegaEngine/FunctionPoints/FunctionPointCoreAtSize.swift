/// Prices a request's cost inputs at a size that was worked out rather than counted (a range sample's size, a sizing
/// estimate's low or high size): the figures only, with no estimate, trace or sentence.
extension FunctionPointCore {
    /// The figures of `request`'s expenses, profit and phases, with `levels`, at `size` function points.
    ///
    /// Fails as ``FunctionPointEstimator`` fails for the same request with the scope
    /// `.total(size)`: the size's own check first, then the core's, an overflow laid at the direct expenses.
    static func figures(at size: ExactDecimal, levels: InlineArray<4, Int?>, costs request: borrowing FunctionPointRequest,
                        edition: GuideEdition, rates: FunctionPointRates) throws -> FunctionPointFigures {
        let total = try FunctionPointCount.count(.total(size), rates: rates).total
        do {
            return try compute(functionPoints: total, levels: levels, directExpenses: request.directExpenses,
                               profitPercent: request.profitPercent, phases: request.phases, book: edition.functionPointCore!)
        } catch let error as DaegaError where error.code == .amountOverflow && error.location == nil {
            // The size is capped far below Int64, so only the direct expenses can carry a total past it.
            throw error.relocated { _ in .field("direct_expenses") }
        }
    }
}
