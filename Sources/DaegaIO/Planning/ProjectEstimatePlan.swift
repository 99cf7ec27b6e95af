import DaegaEngine

/// Turns a project's inputs into its estimates without a budget check: the path a memo takes for a project
/// with no budget. It prepares exactly as `ProjectCheckPlan` does.
public enum ProjectEstimatePlan {
    /// Estimates the project described by `inputs` under `selection`.
    /// - Throws: `DaegaError` placed at the flag, file position or cell that carried the bad value.
    public static func run(_ inputs: ProjectInputs, selection: RateSelection) throws -> ProjectEstimates {
        let preparation = try ProjectPreparation(inputs, selection: selection)
        let input = try preparation.estimateInput(selection: selection)
        var estimates = try preparation.relocatingErrors { try ProjectEstimates.estimate(input) }
        preparation.annotate(&estimates)
        if let (estimate, findings) = try preparation.maintenance(selection: selection) {
            estimates.maintenance = estimate
            estimates.maintenanceFindings = findings
        }
        return estimates
    }
}
