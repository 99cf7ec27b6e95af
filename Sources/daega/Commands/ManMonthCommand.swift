import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega mm`: the 사업대가 by the man-month (투입공수) method.
struct ManMonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mm",
        abstract: "투입공수 방식 사업대가 (SW기술자 평균임금, 제경비, 기술료, 직접경비, VAT)",
        discussion: """
            예: daega mm --staff "응용SW개발자=10" --staff "IT PM=3" --wage-year 2025 --edition 2025
                daega mm --staff-days "IT컨설턴트=120" --wage-year 2026 --overhead-percent 150 --technical-fee-percent 30
                daega mm --staffing samples/staffing-example.csv --wage-year 2025 --format json
                daega mm samples/isp-consulting.toml
            제경비율·기술료율을 주지 않으면 판 범위의 하한을 쓰며, 범위 밖의 값은 쓰되 경고합니다.
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml, [staffing] 절)", valueName: "project"))
    var project: String?

    @OptionGroup var staffing: StaffingOptions

    @Option(help: "가이드 판 (연도): 제경비·기술료 범위. 없으면 기준일에 시행 중인 최신판")
    var edition: String?

    @Option(name: .customLong("direct-expenses"), help: ArgumentHelp("직접경비 (원, VAT 별도)", valueName: "won"))
    var directExpenses: String?

    @OptionGroup(title: "범위") var rangeOptions: RangeOptions
    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var workbook: WorkbookOutputOption

    func run() throws {
        try reportingErrors(standardOutputTaken: workbook.takesStandardOutput) {
            let file = try project.map(ProjectFile.readSayingAssumptions)
            let input = try staffing.merged(over: file?.staffing ?? StaffingInput(), edition: edition, directExpenses: directExpenses)
            let range = try rangeOptions.merged(over: file?.range)
            let selection = try rateOptions.selection()
            let preparation = try ManMonthPreparation(input, selection: selection)
            let estimate = try preparation.estimate()
            let simulated = try range.map { range in
                try range.simulate(ProjectEstimateInput(
                    edition: preparation.edition, functionPoints: nil,
                    manMonths: ManMonthCheckInput(request: preparation.request, table: preparation.table,
                                                  wageYearInForce: selection.wageYearInForce),
                    plannedMonths: nil, bands: try selection.productivityBands()), selection: selection)
            }
            try workbook.write(inputs: [project].compactMap { $0 }) { EstimateWorkbook.manMonths(estimate) }
            return RangeOptions.report(output.format == .json ? "" : ManMonthText.render(estimate, language: output.language),
                                       json: ManMonthJSON.render(estimate, language: output.language), range: simulated, output: output)
        }
    }
}
