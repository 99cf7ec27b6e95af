import DaegaEngine

/// Turns a project's inputs into a full check: the one path `check`, `batch` and `memo` share, so they always agree.
public enum ProjectCheckPlan {
    /// Runs the check for `inputs` under `selection`.
    /// - Throws: `DaegaError` placed at the flag, file position or cell that carried the bad value.
    public static func run(_ inputs: ProjectInputs, selection: RateSelection) throws -> ProjectCheckResult {
        let budget = inputs.budget
        guard let amount = budget.amount else {
            throw DaegaError(.missingInput, at: budget.locations["budget"] ?? .field("budget"), "점검할 예산이 없습니다",
                             expected: "예산 금액(VAT 포함): --budget, 프로젝트 파일의 [budget] amount, 또는 budget 열")
        }
        let preparation = try ProjectPreparation(inputs, selection: selection)
        let maintenance = try inputs.maintenanceEstimate(selection: selection)
        let input = ProjectCheckInput(
            estimateInput: try preparation.estimateInput(selection: selection), maintenance: maintenance?.0,
            maintenanceFindings: maintenance?.1 ?? [],
            checksMaintenanceRatesAgainstBudget: inputs.maintenance.map { $0.budget == nil } ?? false,
            budget: budget.checkRequest(amount: amount),
            rules: try selection.procurementRules())
        var result = try preparation.relocatingErrors { try ProjectCheck.run(input) }
        preparation.annotate(&result.estimates)
        result.check.notes.insert(contentsOf: preparation.notes, at: 0)
        return result
    }
}
