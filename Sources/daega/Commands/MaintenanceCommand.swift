import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega maintenance`: annual SW maintenance fees (응용SW 요율제, 상용SW 등급별 요율), year by year, and a budget check.
struct MaintenanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maintenance",
        abstract: "SW 유지관리비 (응용SW 요율제·상용SW 등급별 요율), 연도별 금액과 예산 요율 점검",
        discussion: """
            예: daega maintenance --basis 480,000,000 --frequency 보통 --users 복잡 --importance 보통 --interfaces 단순 --recovery 보통
                daega maintenance --license 120,000,000 --grade 1 --license 30,000,000 --grade 3 --budget-rate 11
                daega maintenance --fp 800 --frequency simple ... --months 30   (기능점수 개발비(VAT 별도)를 기준으로)
                daega maintenance samples/maintenance-example.toml
                daega maintenance --show-rules
            --direct-expenses는 유지관리 직접경비(연간)입니다. 기능점수 개발비의 직접경비는 프로젝트 파일에서만 읽습니다.
            운영 인력(투입공수)은 투입공수 방식으로 따로 산정합니다.
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String?

    @OptionGroup var maintenance: MaintenanceOptions
    @OptionGroup(title: "기능점수 개발비를 기준으로 할 때") var inputs: FunctionPointOptions
    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let file = try project.map { try ProjectFile.readSayingAssumptions($0) }
            var fpFlags = inputs
            fpFlags.directExpenses = nil
            let fpInput = try fpFlags.merged(over: file?.functionPoints ?? FunctionPointInput())
            let input = try maintenance.merged(over: file?.maintenance ?? MaintenanceInput(), directExpenses: inputs.directExpenses)
            let selection = try rateOptions.selection()
            let preparation = try MaintenancePreparation(input, functionPoints: fpInput, editionFlagGiven: inputs.edition != nil,
                                                         selection: selection)
            if maintenance.showRules {
                return MaintenanceRulesText.render(try preparation.edition.requireMaintenance(),
                                                   editionTitle: preparation.edition.title, language: output.language)
            }
            let (estimate, findings) = try preparation.estimate(selection: selection, fallback: MaintenanceOptions.flag(for:))
            return output.format == .json
                ? MaintenanceJSON.render(estimate, findings: findings, language: output.language).rendered
                : MaintenanceText.render(estimate, findings: findings, language: output.language)
        }
    }
}
