/// How much scope a fixed budget buys: the largest function-point size, in steps of 0.1 FP, whose
/// 개발비 (VAT 포함) under the same factors, profit, direct expenses and phases fits the budget.
public struct BudgetScope: Sendable {
    /// The budget (VAT 포함).
    public var budget: Won
    /// The size the budget pays for.
    public var functionPoints: ExactDecimal
    /// The full estimate at that size.
    public var estimate: FunctionPointEstimate
    /// The VAT-inclusive cost one step (0.1 FP) larger, which the budget no longer covers.
    public var nextStepTotalWithVAT: Won
    /// The budget left over at the solved size.
    public var remainder: Won { Won(budget.value - estimate.totalWithVAT.value) }
}

/// Solves a budget back into function points.
public enum FunctionPointBudgetSolver {
    /// The resolution of the answer: 0.1 FP.
    public static let step = ExactDecimal(significand: 1, scale: 1)

    /// Finds the size a VAT-inclusive budget pays for.
    ///
    /// The size factor is re-evaluated at every trial size, so the answer is consistent with a forward
    /// estimate at that size. FP × size factor rises with size (its slope is at least 0.48 on the curve);
    /// only the factor's 4-decimal rounding can make the cost dip by less than one rounding step between
    /// neighbouring tenths, so the bisection returns a size x with cost(x) ≤ budget < cost(x + 0.1).
    /// - Parameters:
    ///   - budget: the budget, VAT 포함.
    ///   - template: the factors, direct expenses, profit and phases (its scope is ignored).
    ///   - edition: the guide edition.
    /// - Throws: `DaegaError` when the budget is not positive or does not cover even 0.1 FP.
    public static func solve(budget: Won, template: FunctionPointRequest, edition: GuideEdition) throws -> BudgetScope {
        guard budget > .zero else {
            throw DaegaError(.valueOutOfRange, at: .field("budget"), "예산이 0원 이하(\(budget.grouped)원)입니다",
                             expected: "0보다 큰 VAT 포함 금액")
        }
        _ = try edition.requireFunctionPoints()
        let book = edition.functionPointCore!, levels = template.levelsInOrder
        /// The 개발비 (VAT 포함) at `tenths` × 0.1 FP: ``FunctionPointCore`` alone, with no estimate built.
        func totalWithVAT(tenths: Int64) throws -> Won {
            try FunctionPointCore.compute(functionPoints: ExactDecimal(significand: tenths, scale: 1), levels: levels,
                                          directExpenses: template.directExpenses, profitPercent: template.profitPercent,
                                          phases: template.phases, book: book).totalWithVAT
        }
        let smallest = try totalWithVAT(tenths: 1)
        guard smallest <= budget else {
            throw DaegaError(.valueOutOfRange, at: .field("budget"),
                             "예산 \(budget.grouped)원으로는 0.1 FP도 살 수 없습니다 (0.1 FP의 개발비 VAT 포함 \(smallest.grouped)원; 직접경비 \(template.directExpenses.grouped)원 포함)",
                             expected: "직접경비와 부가세를 넘는 예산")
        }
        var low: Int64 = 1
        var high = FunctionPointCount.maximum.significand * 10
        if try totalWithVAT(tenths: high) <= budget {
            throw DaegaError(.sizeOutOfRange, at: .field("budget"),
                             "예산 \(budget.grouped)원은 \(FunctionPointCount.maximum.grouped) FP보다 큰 규모에 해당합니다",
                             expected: "현실적인 예산")
        }
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if try totalWithVAT(tenths: middle) <= budget { low = middle } else { high = middle }
        }
        var solvedRequest = template
        solvedRequest.scope = .total(ExactDecimal(significand: low, scale: 1))
        let solved = try FunctionPointEstimator.estimate(solvedRequest, edition: edition)
        return BudgetScope(budget: budget, functionPoints: solved.functionPoints, estimate: solved,
                           nextStepTotalWithVAT: try totalWithVAT(tenths: high))
    }
}
