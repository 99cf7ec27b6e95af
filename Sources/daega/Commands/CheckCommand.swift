import ArgumentParser
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega check`: whether a budget will draw bidders, with each finding's reason and rule.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "예산 적정성·유찰 위험 점검 (충족률, 손익분기선, 참여하한, 직접구매, 과업심의)",
        discussion: """
            예: daega check samples/civil-complaint.toml
                daega check --fp 800 --budget 700,000,000 --fail-on high
            --fail-on 수준 이상의 위험이 있으면 종료 코드 1 (스크립트 검토용).
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String?

    @OptionGroup var budgetOptions: BudgetOptions
    @OptionGroup var inputs: FunctionPointOptions

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("이 수준 이상이면 종료 코드 1: low, medium, high, critical", valueName: "level"))
    var failOn: Severity?

    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let file = try project.map(ProjectFile.read)
            let budget = try budgetOptions.merged(over: file?.budget ?? BudgetInput())
            guard let amount = budget.amount else {
                throw DaegaError(.missingInput, at: .flag("--budget"), "점검할 예산이 없습니다",
                                 expected: "--budget 금액(VAT 포함) 또는 프로젝트 파일의 [budget] amount")
            }
            let library = try rateOptions.library()
            let fpInput = try inputs.merged(over: file?.functionPoints ?? FunctionPointInput())
            let preparation = try FunctionPointPreparation(fpInput, library: library, rateOptions: rateOptions)
            let estimate = try preparation.estimate()
            let rules = try library.procurement.bookInForce(on: try rateOptions.referenceDate())
            let request = BudgetCheckRequest(budget: amount, budgetExcludesVAT: budget.excludesVAT,
                                             awardRatioPercent: budget.awardRatioPercent, products: budget.products)
            let result: BudgetCheckResult
            do {
                result = try BudgetCheck.run(request, properCost: ProperCost(estimate), edition: preparation.edition, rules: rules)
            } catch let error as DaegaError {
                throw error.relocated { field in budget.locations[field ?? ""] }
            }
            let text = output.format == .json
                ? BudgetCheckJSON.render(result, project: file?.name, estimate: FunctionPointJSON.render(estimate, language: output.language),
                                         language: output.language).rendered
                : BudgetCheckText.render(result, project: file?.name, language: output.language)
                    + "\n" + FunctionPointText.render(estimate, language: output.language)
            let failed = failOn.map { result.risk >= $0 } ?? false
            return CommandOutput(text: text, status: failed ? ExitStatus.riskFound : 0)
        }
    }
}
