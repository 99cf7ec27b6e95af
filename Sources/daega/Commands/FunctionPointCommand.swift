import ArgumentParser
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
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String?

    @OptionGroup var inputs: FunctionPointOptions

    @Option(help: ArgumentHelp("이 예산(VAT 포함)으로 살 수 있는 기능점수를 구함", valueName: "won"))
    var budget: String?

    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let base = try project.map { try ProjectFile.readSayingAssumptions($0).functionPoints ?? FunctionPointInput() } ?? FunctionPointInput()
            let input = try inputs.merged(over: base)
            let selection = try rateOptions.selection()
            if let budget {
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
            let estimate = try FunctionPointPreparation(input, selection: selection).estimate()
            return output.format == .json
                ? FunctionPointJSON.render(estimate, language: output.language).rendered
                : FunctionPointText.render(estimate, language: output.language)
        }
    }
}
