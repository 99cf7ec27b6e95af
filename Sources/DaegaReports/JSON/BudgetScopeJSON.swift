import DaegaEngine

/// The JSON form of a budget solved back into function points.
public enum BudgetScopeJSON {
    /// Renders the solved scope: `function_points` is the size the budget buys; the estimate at that size follows.
    public static func render(_ scope: BudgetScope, language: Language) -> JSONValue {
        guard case let .object(estimateMembers) = FunctionPointJSON.render(scope.estimate, language: language) else {
            return .null
        }
        var members: [(String, JSONValue)] = [
            ("method", .string("function_points_for_budget")),
            ("budget", .won(scope.budget)),
            ("function_points", .number(scope.functionPoints)),
            ("resolution_fp", .number(FunctionPointBudgetSolver.step)),
            ("remainder", .won(scope.remainder)),
            ("next_step_total_with_vat", .won(scope.nextStepTotalWithVAT)),
        ]
        members += estimateMembers.filter { key, _ in !["method", "function_points"].contains(key) }
        return .object(members)
    }
}
