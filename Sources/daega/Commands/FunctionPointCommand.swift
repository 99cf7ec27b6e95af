import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega fp`: the 소프트웨어 개발비 by function points, or how many function points a budget buys.
struct FunctionPointCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fp",
        abstract: "기능점수 방식 SW 개발비 (간이법·정통법, 보정계수, 이윤, 직접경비, VAT)",
        discussion: """
            예: daega fp samples/scm.toml
                daega fp --ilf 12 --eif 4 --ei 40 --eo 25 --eq 30 --integration 2 --format json
                daega fp --fp 800 --budget 900,000,000   (예산으로 살 수 있는 기능점수)
                daega fp samples/scm.toml -o 산정.xlsx      (기능점수 산정·SW개발비 산정 통합문서도 씀)
                daega fp --functions samples/scm-fp-detailed.xlsx   (KOSA FP 산정양식에서 기능 목록 읽기)
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String?

    @OptionGroup var inputs: FunctionPointOptions

    @Option(help: ArgumentHelp("이 예산(VAT 포함)으로 살 수 있는 기능점수를 구함", valueName: "won"))
    var budget: String?

    @OptionGroup(title: "범위") var rangeOptions: RangeOptions
    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var workbook: WorkbookOutputOption

    func run() throws {
        try reportingErrors(standardOutputTaken: workbook.takesStandardOutput) {
            let file = try project.map(ProjectFile.readSayingAssumptions)
            let base = file?.functionPoints ?? FunctionPointInput()
            let range = try rangeOptions.merged(over: file?.range)
            let input = try inputs.merged(over: base)
            let selection = try rateOptions.selection()
            if let budget {
                guard workbook.path == nil else {
                    throw DaegaError(.conflictingInputs, at: .flag("-o"), "산정 통합문서(-o)는 --budget 역산에는 쓰지 않습니다",
                                     expected: "-o 없이 --budget, 또는 규모를 주고 -o")
                }
                guard range == nil else {
                    throw DaegaError(.conflictingInputs, at: .flag("--range"), "--budget(예산 역산)에는 범위를 구하지 않습니다",
                                     expected: "--budget 또는 --range 중 하나")
                }
                guard !inputs.hasScope else {
                    throw DaegaError(.conflictingInputs, at: .flag("--budget"),
                                     "--budget은 규모를 구하는 옵션이라 규모(--fp, --functions, 유형별 개수)와 함께 쓸 수 없습니다",
                                     expected: "--budget과 보정계수·직접경비·이윤율·단계 옵션만")
                }
                let amount = try ValueText.won(budget, at: .flag("--budget"))
                let preparation = try FunctionPointPreparation(input, selection: selection, requireScope: false)
                var scope: BudgetScope
                do {
                    scope = try FunctionPointBudgetSolver.solve(budget: amount, template: preparation.request, edition: preparation.edition)
                } catch let error as DaegaError {
                    throw error.relocated { field in field == "budget" ? .flag("--budget") : input.locations[field ?? ""] }
                }
                scope.estimate.notes = preparation.notes + scope.estimate.notes
                if base.scope != nil {
                    scope.estimate.notes.append(EstimateNote(code: "project_scope_ignored", text: LocalizedText(
                        ko: "프로젝트 파일의 규모는 예산 역산에 쓰지 않았습니다.",
                        en: "The project file's scope was not used when solving the budget.")))
                }
                return output.format == .json
                    ? BudgetScopeJSON.render(scope, language: output.language).rendered
                    : BudgetScopeText.render(scope, language: output.language)
            }
            let preparation = try FunctionPointPreparation(input, selection: selection)
            let estimate = try preparation.estimate()
            let simulated = try range.map { range in
                try range.simulate(ProjectEstimateInput(edition: preparation.edition, functionPoints: preparation.request, manMonths: nil,
                                                        plannedMonths: nil, bands: try selection.productivityBands()),
                                   selection: selection)
            }
            try workbook.write(inputs: [project, input.functionListPath].compactMap { $0 }) {
                EstimateWorkbook.functionPoints(estimate, sizeFactorCurve: try preparation.edition.requireFunctionPoints().sizeFactor.value)
            }
            return RangeOptions.report(output.format == .json ? "" : FunctionPointText.render(estimate, language: output.language),
                                       json: FunctionListLintJSON.adding(preparation.functionListWarnings, to: FunctionPointJSON.render(estimate, language: output.language),
                                                                         language: output.language),
                                       range: simulated, output: output)
        }
    }
}
