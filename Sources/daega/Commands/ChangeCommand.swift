import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega change`: re-prices a contract after a scope change (과업변경) and writes the 변경관리내역서.
struct ChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "과업변경 계약금액 조정: 변경관리내역서 (국가계약법 시행령 제65조, 지방계약법 시행령 제74조)",
        discussion: """
            예: daega change samples/hr-portal-change.toml
                daega change samples/hr-portal-change.toml --format json
            계약 파일의 project가 당초 범위(기능 목록 또는 유형별 개수)를, [contract]가 계약금액(VAT 포함)·낙찰률
            또는 예정가격·계약일·기간을, [change]가 변경 목록·요청자·변경일·연장 개월·합의 단가를 담습니다.
            감소 물량은 계약단가, 증가 물량은 계약단가(예정가격 단가 상한), 신규 비목은 변경 당시 단가 × 낙찰률,
            발주기관 요청 변경은 합의 단가 또는 중간 단가로 조정합니다. 규칙마다 조문과 상태(UNCERTAIN)를 밝힙니다.
            """)

    @Argument(help: ArgumentHelp("계약 변경 파일 (.toml)", valueName: "contract"))
    var contract: String

    @Option(help: ArgumentHelp("요율표 폴더 (기본: $DAEGA_RATES, ./rates, 실행 파일 위쪽의 rates/)", valueName: "dir"))
    var rates: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let file = try ContractFile.read(contract)
            let result = try ContractChangePlan.run(file, library: try RateOptions.library(explicit: rates))
            return output.format == .json
                ? ContractChangeJSON.render(result, name: file.name, language: output.language).rendered
                : ContractChangeText.render(result, name: file.name, language: output.language)
        }
    }
}
