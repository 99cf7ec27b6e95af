import ArgumentParser
import DaegaEngine
import DaegaIO
import DaegaReports

/// `--range`, `--stage`, `--samples` and `--seed`: a seeded, repeatable range beside the point estimate.
struct RangeOptions: ParsableArguments {
    @Flag(help: "P10/P50/P90 범위도 구함 (규모 폭·가정한 보정계수 등급·요율 범위에 대한 시뮬레이션)")
    var range = false

    @Option(name: .customLong("range-stage"),
            help: ArgumentHelp("범위의 규모 폭을 정할 단계: budget, tender, requirements, design (없으면 규모는 정확한 값)", valueName: "stage"))
    var stage: String?

    @Option(help: ArgumentHelp("표본 수 (기본 1000)", valueName: "n"))
    var samples: String?

    @Option(help: ArgumentHelp("난수 시드 (기본 2026; 같은 시드는 같은 결과)", valueName: "n"))
    var seed: String?

    /// Creates options from values already read (as `batch` does with its own flags).
    init(range: Bool, stage: String?, samples: String?, seed: String?) {
        self.range = range
        self.stage = stage
        self.samples = samples
        self.seed = seed
    }

    /// Creates options with nothing asked (required by ArgumentParser).
    init() {}

    /// The range settings asked for, over a project's `[range]` section: `nil` when neither asks for a range.
    /// - Parameter rangeFlag: the flag that asks for a range, named when a setting comes without it.
    /// - Throws: `DaegaError` naming the flag for an unknown stage or a bad number.
    func merged(over base: RangeInput?, rangeFlag: String = "--range") throws -> RangeInput? {
        guard range || base != nil || stage != nil || samples != nil || seed != nil else { return nil }
        guard range || base != nil else {
            throw DaegaError(.rangeSettings, at: .flag(stage != nil ? "--range-stage" : samples != nil ? "--samples" : "--seed"),
                             "범위 설정만 있고 \(rangeFlag)가 없습니다", expected: "\(rangeFlag)와 함께")
        }
        var input = base ?? RangeInput()
        if let stage {
            input.settings.stage = try SizingStage.parse(stage, at: .flag("--range-stage"))
            input.locations["stage"] = .flag("--range-stage")
        }
        if let samples {
            input.settings.samples = try ValueText.integer(samples, at: .flag("--samples"), in: Int.min...Int.max, what: "표본 수")
            input.locations["samples"] = .flag("--samples")
        }
        if let seed {
            input.settings.seed = UInt64(try ValueText.integer(seed, at: .flag("--seed"), in: 0...Int.max, what: "시드"))
            input.locations["seed"] = .flag("--seed")
        }
        return input
    }

    /// Appends the range to a command's report.
    static func report(_ text: String, json: JSONValue, range: RangeResult?, output: OutputOptions) -> String {
        guard let range else { return output.format == .json ? json.rendered : text }
        return output.format == .json
            ? RangeJSON.adding(range, to: json, language: output.language).rendered
            : text + "\n" + RangeText.render(range, language: output.language)
    }
}
