import ArgumentParser
import DaegaCommandLine
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
                daega check --staff "IT컨설턴트=6" --staff "IT PM=3" --overhead-percent 110 --budget 150,000,000
                daega check samples/civil-complaint.toml -o 검토.xlsx   (예산 검토·산정 통합문서도 씀)
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

    @OptionGroup(title: "범위") var rangeOptions: RangeOptions

    @Option(help: ArgumentHelp("--range의 S-곡선(누적확률, 예산 표시)을 이 SVG 파일로 씀", valueName: "file"))
    var chart: String?
    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var workbook: WorkbookOutputOption

    func run() throws {
        try reportingErrors(standardOutputTaken: StandardOutputTarget.isClaimed(by: [workbook.path, chart])) {
            try StandardOutputTarget.refuseSharing(["-o": workbook.path, "--chart": chart])
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
            let range = try rangeOptions.merged(over: file?.range)
            if chart != nil && range == nil {
                throw DaegaError(.rangeSettings, at: .flag("--chart"), "S-곡선은 범위가 있어야 그립니다", expected: "--range와 함께")
            }
            let selection = try rateOptions.selection()
            let result: ProjectCheckResult
            var simulated: RangeResult?
            do {
                result = try ProjectCheckPlan.run(inputs, selection: selection)
                if let range {
                    let preparation = try ProjectPreparation(inputs, selection: selection)
                    simulated = try preparation.relocatingErrors {
                        try range.simulate(try preparation.estimateInput(selection: selection), selection: selection,
                                           budget: RangeSimulator.BudgetBasis(budgetWithVAT: result.check.budgetWithVAT,
                                                                              awardRatio: result.check.coverage.awardRatio))
                    }
                }
            } catch let error as DaegaError {
                throw error.relocated { field in field == "scope" ? .flag("--fp/--ilf…/--functions 또는 --staff/--staffing") : nil }
            }
            try workbook.write(inputs: [project, fpInput.functionListPath].compactMap { $0 }) {
                EstimateWorkbook.check(result, project: inputs.name, sizeFactorCurve: try selection.sizeFactorCurve(of: result.estimates))
            }
            let text = RangeOptions.report(
                output.format == .json ? "" : ProjectCheckText.render(result, project: inputs.name, language: output.language),
                json: ProjectCheckJSON.render(result, project: inputs.name, language: output.language), range: simulated, output: output)
            if let chart, let simulated {
                let svg = SCurveSVG.render(simulated, language: output.language) + "\n"
                try AtomicFileWriter(destination: chart, inputs: [project].compactMap { $0 }).write { sink throws(DaegaError) in
                    try sink.write(Array(svg.utf8))
                }
            }
            let failed = failOn.map { result.check.risk >= $0 } ?? false
            return CommandOutput(text: text, status: failed ? ExitStatus.riskFound : 0)
        }
    }
}
