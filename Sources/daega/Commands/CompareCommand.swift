import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega compare`: the same project costed by function points and by man-months, side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "기능점수 방식과 투입공수 방식 비교 (차이, 생산성, 적정 사업기간, 가이드가 요구하는 방식)",
        discussion: """
            예: daega compare samples/civil-complaint.toml
                daega compare --fp 800 --staff "응용SW개발자=30" --staff "IT PM=8" --wage-year 2025 --duration-months 8
            --edition과 --direct-expenses는 두 방식에 함께 적용됩니다.
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml, [function_points]와 [staffing] 절)", valueName: "project"))
    var project: String?

    @OptionGroup var functionPoints: FunctionPointOptions
    @OptionGroup var staffing: StaffingOptions
    @OptionGroup(title: "범위") var rangeOptions: RangeOptions
    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let file = try project.map(ProjectFile.readSayingAssumptions)
            let fpInput = try functionPoints.merged(over: file?.functionPoints ?? FunctionPointInput())
            let staffingInput = try staffing.merged(over: file?.staffing ?? StaffingInput(), edition: functionPoints.edition,
                                                    directExpenses: functionPoints.directExpenses)
            let range = try rangeOptions.merged(over: file?.range)
            let selection = try rateOptions.selection()
            let fpPreparation = try FunctionPointPreparation(fpInput, selection: selection)
            let mmPreparation = try ManMonthPreparation(staffingInput, selection: selection)
            let fp = try fpPreparation.estimate()
            let mm = try mmPreparation.estimate()
            let bands = try selection.productivityBands()
            let comparison: MethodComparison
            do {
                comparison = try MethodComparer.compare(fp, mm, bands: bands, work: staffingInput.work,
                                                        plannedMonths: staffingInput.durationMonths)
            } catch let error as DaegaError {
                throw staffingInput.locate(error)
            }
            let simulated = try range.map { range in
                try range.simulate(ProjectEstimateInput(
                    edition: fpPreparation.edition, functionPoints: fpPreparation.request,
                    manMonths: ManMonthCheckInput(request: mmPreparation.request, table: mmPreparation.table,
                                                  wageYearInForce: selection.wageYearInForce),
                    plannedMonths: staffingInput.durationMonths, work: staffingInput.work, bands: bands), selection: selection)
            }
            return RangeOptions.report(output.format == .json ? "" : ComparisonText.render(comparison, language: output.language),
                                       json: ComparisonJSON.render(comparison, language: output.language), range: simulated, output: output)
        }
    }
}
