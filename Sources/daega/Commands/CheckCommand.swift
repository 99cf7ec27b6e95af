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
            let file = try project.map(ProjectFile.read)
            let budget = try budgetOptions.merged(over: file?.budget ?? BudgetInput())
            guard let amount = budget.amount else {
                throw DaegaError(.missingInput, at: .flag("--budget"), "점검할 예산이 없습니다",
                                 expected: "--budget 금액(VAT 포함) 또는 프로젝트 파일의 [budget] amount")
            }
            let library = try rateOptions.library()
            let date = try rateOptions.referenceDate()
            let fpInput = try inputs.merged(over: file?.functionPoints ?? FunctionPointInput())
            let staffingInput = try staffing.merged(over: file?.staffing ?? StaffingInput(), edition: inputs.edition,
                                                    directExpenses: inputs.directExpenses)
            let hasStaffing = !staffingInput.lines.isEmpty || staffingInput.file != nil
            let fp = fpInput.scope == nil ? nil : try FunctionPointPreparation(fpInput, library: library, rateOptions: rateOptions)
            let mm = hasStaffing ? try ManMonthPreparation(staffingInput, library: library, rateOptions: rateOptions) : nil
            guard let edition = fp?.edition ?? mm?.edition else {
                throw DaegaError(.missingInput, at: .flag("--fp, --ilf…, --functions, --staff"), "적정 대가를 구할 규모나 투입 인력이 없습니다",
                                 expected: "기능점수 규모 또는 투입 인력 (또는 둘 다가 있는 프로젝트 파일)")
            }
            var maintenanceFindings: [Finding] = []
            if let maintenance = file?.maintenance {
                let preparation = try MaintenancePreparation(maintenance, functionPoints: fpInput, editionFlagGiven: inputs.edition != nil,
                                                             library: library, rateOptions: rateOptions)
                maintenanceFindings = try preparation.estimate(library: library, rateOptions: rateOptions).1 ?? []
            }
            let input = ProjectCheckInput(
                edition: edition, functionPoints: fp?.request,
                manMonths: mm.map { ManMonthCheckInput(request: $0.request, table: $0.table,
                                                       wageYearInForce: try? library.wages.tableInForce(on: date).year) },
                maintenanceFindings: maintenanceFindings,
                budget: BudgetCheckRequest(budget: amount, budgetExcludesVAT: budget.excludesVAT,
                                           awardRatioPercent: budget.awardRatioPercent, products: budget.products),
                plannedMonths: budget.months ?? staffingInput.durationMonths, work: staffingInput.work,
                bands: try library.durations.bookInForce(on: date), rules: try library.procurement.bookInForce(on: date))
            var result: ProjectCheckResult
            do {
                result = try ProjectCheck.run(input)
            } catch let error as DaegaError {
                throw error.relocated { field in
                    guard let field else { return nil }
                    return budget.locations[field] ?? fpInput.locations[field] ?? staffingInput.locations[field]
                }
            }
            result.check.notes = (fp?.notes ?? []) + (mm?.notes ?? []) + result.check.notes
            let text = output.format == .json
                ? ProjectCheckJSON.render(result, project: file?.name, language: output.language).rendered
                : ProjectCheckText.render(result, project: file?.name, language: output.language)
            let failed = failOn.map { result.check.risk >= $0 } ?? false
            return CommandOutput(text: text, status: failed ? ExitStatus.riskFound : 0)
        }
    }
}
