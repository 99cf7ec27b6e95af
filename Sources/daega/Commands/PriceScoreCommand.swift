import ArgumentParser
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega price-score`: the 협상 price score of several bids, showing how little a deep discount buys.
struct PriceScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price-score",
        abstract: "협상에 의한 계약의 가격점수 (추정가격 대비 입찰률별, 80%·60% 규칙)",
        discussion: "예: daega price-score --bids 95,88,80,72,60")

    @Option(help: ArgumentHelp("입찰률들 (추정가격 대비 %, 쉼표로 구분; 가장 낮은 것이 최저 입찰)", valueName: "list"))
    var bids = "100,95,90,85,80,75,70,65,60"

    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let values = try bids.split(separator: ",").map {
                let value = try ValueText.decimal(String($0), at: .flag("--bids"), expected: "쉼표로 구분한 % (예: 95,88,72)")
                guard value > .zero, value <= ExactDecimal(200) else {
                    throw DaegaError(.valueOutOfRange, at: .flag("--bids"), "입찰률 \(value)%는 범위를 벗어났습니다", expected: "0 초과 200 이하의 %")
                }
                return value
            }
            guard !values.isEmpty else {
                throw DaegaError(.missingInput, at: .flag("--bids"), "입찰률이 없습니다", expected: "쉼표로 구분한 % (예: 95,88,72)")
            }
            let date = try rateOptions.referenceDate()
            let rule = try rateOptions.library().procurement.bookInForce(on: date).priceScore.value(on: date)
            let table = try PriceScoreTable(bids: values, rule: rule)
            return output.format == .json ? table.json.rendered : table.rendered(output.language)
        }
    }
}
