import ArgumentParser
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega check`: whether a budget will draw bidders, with each finding's reason and rule.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "예산 적정성·유찰 위험 점검 (충족률, 손익분기선, 투입공수 요율, 유지관리 요율, 사업기간, 참여하한, 직접구매)",
        discussion: """
            예: daega check samples/civil-complaint.toml
                daega check --fp 800 --budget 700,000,000 --fail-on high
                daega check --staff "IT컨설턴트=6" --staff "IT PM=3" --overhead-rate 110 --budget 150,000,000
            적정 대가는 기능점수 규모가 있으면 기능점수 방식, 없으면 투입공수 방식으로 구합니다. 유지관리는 프로젝트
            파일의 [maintenance] 절로 점검합니다. --fail-on 수준 이상의 위험이 있으면 종료 코드 1 (스크립트 검토용).
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String?

    @OptionGroup(title: "예산") var budgetOptions: BudgetOptions
    @OptionGroup(title: "기능점수") var inputs: FunctionPointOptions
    @OptionGroup(title: "투입공수") var staffing: StaffingOptions

    @Option(name: .customLong("fail-on"), help: ArgumentHelp("이 수준 이상이면 종료 코드 1: low, medium, high, critical", valueName: "level"))
    var failOn: Severity?

    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let file = try project.map(ProjectFile.readSayingAssumptions)
            let fpInput = try inputs.merged(over: file?.functionPoints ?? FunctionPointInput())
            let inputs = ProjectInputs(
                name: file?.name, functionPoints: fpInput,
                staffing: try staffing.merged(over: file?.staffing ?? StaffingInput(), edition: self.inputs.edition,
                                              directExpenses: self.inputs.directExpenses),
                maintenance: file?.maintenance, budget: try budgetOptions.merged(over: file?.budget ?? BudgetInput()))
            if inputs.budget.amount == nil {
                throw DaegaError(.missingInput, at: .flag("--budget"), "점검할 예산이 없습니다",
                                 expected: "--budget 금액(VAT 포함) 또는 프로젝트 파일의 [budget] amount")
            }
            let result: ProjectCheckResult
            do {
                result = try ProjectCheckPlan.run(inputs, selection: try rateOptions.selection())
            } catch let error as DaegaError {
                throw error.relocated { field in field == "scope" ? .flag("--fp/--ilf…/--functions 또는 --staff/--staffing") : nil }
            }
            let text = output.format == .json
                ? ProjectCheckJSON.render(result, project: inputs.name, language: output.language).rendered
                : ProjectCheckText.render(result, project: inputs.name, language: output.language)
            let failed = failOn.map { result.check.risk >= $0 } ?? false
            return CommandOutput(text: text, status: failed ? ExitStatus.riskFound : 0)
        }
    }
}
