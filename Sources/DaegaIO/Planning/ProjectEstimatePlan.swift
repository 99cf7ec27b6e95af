import DaegaEngine

/// Turns a project's inputs into its estimates without a budget check: the path a memo takes for a project
/// with no budget. It prepares exactly as `ProjectCheckPlan` does; a maintenance-only project gets its maintenance
/// estimate alone.
public enum ProjectEstimatePlan {
    /// Estimates the project described by `inputs` under `selection`.
    /// - Throws: `DaegaError` placed at the flag, file position or cell that carried the bad value.
    public static func run(_ inputs: ProjectInputs, selection: RateSelection) throws -> ProjectEstimates {
        let maintenance = try inputs.maintenanceEstimate(selection: selection)
        if !inputs.hasDevelopment, let (estimate, findings) = maintenance {
            return ProjectEstimates(functionPoints: nil, manMonths: nil, comparison: nil, maintenance: estimate, maintenanceFindings: findings)
        }
        let preparation = try ProjectPreparation(inputs, selection: selection)
        let input = try preparation.estimateInput(selection: selection)
        var estimates = try preparation.relocatingErrors {
            try ProjectEstimates.estimate(input, maintenance: maintenance?.0, maintenanceFindings: maintenance?.1 ?? [])
        }
        preparation.annotate(&estimates)
        return estimates
    }

    /// The estimates and, when the inputs carry a budget amount, the check as well: what a memo renders.
    /// - Throws: `DaegaError` placed at the flag, file position or cell that carried the bad value.
    public static func runCheckingBudget(_ inputs: ProjectInputs,
                                         selection: RateSelection) throws -> (estimates: ProjectEstimates, check: BudgetCheckResult?) {
        guard inputs.budget.amount != nil else { return (try run(inputs, selection: selection), nil) }
        let result = try ProjectCheckPlan.run(inputs, selection: selection)
        return (result.estimates, result.check)
    }
}
