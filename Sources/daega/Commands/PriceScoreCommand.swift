import ArgumentParser
import DaegaCommandLine
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

    @Option(help: ArgumentHelp("기술:가격 배점 (기본 90:10; 80:20은 --weights-case로 근거를 밝혀야 함)", valueName: "기술:가격"))
    var weights: String?

    @Option(name: .customLong("weights-case"),
            help: ArgumentHelp("80:20 배점의 근거: hw(HW 50% 이상), under_100m(1억 미만 개발), agency_head(발주기관의 장 결정)", valueName: "case"))
    var weightsCase: String?

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
            let book = try rateOptions.library().procurement.bookInForce(on: date)
            var rule = try book.priceScore.value(on: date)
            var alternative: (PriceWeightCase, Sourced<AlternativePriceWeights>)?
            if weights != nil || weightsCase != nil {
                let alternativeWeights = try book.rules(on: date).alternativePriceWeights
                let choice = try weightsChoice(standard: rule.value, alternative: alternativeWeights?.value)
                if try choice.isAlternative(standard: rule.value, alternative: alternativeWeights?.value),
                   let alternativeWeights, let weightCase = choice.weightCase {
                    rule = Sourced(try choice.rule(standard: rule.value, alternative: alternativeWeights.value), rule.reference)
                    alternative = (weightCase, alternativeWeights)
                }
            }
            let table = try PriceScoreTable(bids: values, rule: rule, alternative: alternative)
            return output.format == .json ? table.json.rendered : table.rendered(output.language)
        }
    }

    /// The weights and case from the flags, when at least one was given.
    /// - Throws: `DaegaError` at `--weights` or `--weights-case` for text that cannot be read, naming the accepted values.
    func weightsChoice(standard: PriceScoreRule, alternative: AlternativePriceWeights?) throws -> PriceWeightsChoice {
        let weightCase = try weightsCase.map { spelling in
            guard let read = PriceWeightCase(spelling: spelling) else {
                throw DaegaError(.unknownPriceWeightsCase, at: .flag("--weights-case"), "배점 근거 '\(spelling)'을(를) 알 수 없습니다",
                                 expected: PriceWeightCase.acceptedSpellings)
            }
            return read
        }
        guard let text = weights else {
            throw DaegaError(.conflictingInputs, at: .flag("--weights-case"), "--weights-case는 예외 배점의 근거입니다",
                             expected: "--weights \(alternative?.text ?? "예외 배점")와 함께")
        }
        guard let points = PriceWeightsChoice.points(text) else {
            throw DaegaError(.unknownPriceWeights, at: .flag("--weights"), "배점 '\(text)'을(를) 읽을 수 없습니다",
                             expected: "기술:가격, " + PriceWeightsChoice.accepted(standard: standard, alternative: alternative))
        }
        return PriceWeightsChoice(technicalPoints: points.technical, pricePoints: points.price, weightCase: weightCase,
                                  weightsLocation: .flag("--weights"), caseLocation: .flag("--weights-case"))
    }
}
