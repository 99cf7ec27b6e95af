import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// `daega size`: a size with its range from what an officer knows before a function list exists, and its cost range.
struct SizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "기능 목록 이전 규모 추정: 테이블·화면·보고서 수나 요구사항 목록으로 FP 최저/가능성 높음/최고와 개발비 범위",
        discussion: """
            예: daega size --internal-data 12 --stage budget                       (NESMA 지표법)
                daega size --internal-data 12 --external-data 3 --entry-screens 20 --inquiry-screens 15 --reports 8 --stage tender
                daega size --requirements samples/early-requirements.csv --stage tender --format json
                daega size samples/early-stage.toml
            규모 추정 참고값(rates/sizing/)은 모두 해외·과거 참고 수치(UNCERTAIN)이며 출력에 출처와 함께 밝힙니다.
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml, [sizing] 절; 보정계수 등은 [function_points] 절)", valueName: "project"))
    var project: String?

    @Option(name: .customLong("internal-data"), help: ArgumentHelp("시스템이 보유하는 데이터(테이블 묶음) 수", valueName: "n")) var internalData: String?
    @Option(name: .customLong("external-data"), help: ArgumentHelp("다른 시스템에서 읽는 데이터 묶음 수", valueName: "n")) var externalData: String?
    @Option(name: .customLong("entry-screens"), help: ArgumentHelp("등록·수정·삭제 화면 수", valueName: "n")) var entryScreens: String?
    @Option(name: .customLong("inquiry-screens"), help: ArgumentHelp("조회 화면 수", valueName: "n")) var inquiryScreens: String?
    @Option(help: ArgumentHelp("보고서·출력물 수", valueName: "n")) var reports: String?
    @Option(help: ArgumentHelp("다른 시스템과의 연계(수신) 수", valueName: "n")) var interfaces: String?
    @Option(name: .customLong("batch-jobs"), help: ArgumentHelp("배치 작업 수", valueName: "n")) var batchJobs: String?

    @Option(help: ArgumentHelp("요구사항 목록 CSV (요구사항 ID, 요구사항명, 유형: 등록/수정/삭제/조회/출력/연계/배치/데이터 …)", valueName: "file"))
    var requirements: String?

    @Option(help: ArgumentHelp("단계: budget, tender, requirements, design (없으면 budget)", valueName: "stage"))
    var stage: String?

    @OptionGroup(title: "개발비") var costs: FunctionPointOptions
    @OptionGroup var rateOptions: RateOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            guard !costs.hasScope else {
                throw DaegaError(.conflictingInputs, at: .flag("--fp/--ilf/--functions"),
                                 "size는 규모를 추정하는 명령이라 기능점수 규모(--fp, --functions, 유형별 개수)를 받지 않습니다",
                                 expected: "--internal-data 등 개수 또는 --requirements; 규모를 이미 셌다면 daega fp")
            }
            let file = try project.map(ProjectFile.readSayingAssumptions)
            let input = try merged(over: file?.sizing ?? SizingInput())
            let costInput = try costs.merged(over: file?.functionPoints ?? FunctionPointInput())
            let estimate = try SizingPreparation.estimate(input, costs: costInput, selection: try rateOptions.selection())
            return output.format == .json
                ? SizeJSON.render(estimate, language: output.language).rendered
                : SizeText.render(estimate, language: output.language)
        }
    }

    /// The flags over a project's `[sizing]` section: a flag always wins, and flags' counts replace the file's.
    func merged(over base: SizingInput) throws -> SizingInput {
        var input = base
        let flags: [(EarlyCountKind, String?)] = [(.internalData, internalData), (.externalData, externalData),
                                                  (.entryScreens, entryScreens), (.inquiryScreens, inquiryScreens),
                                                  (.reports, reports), (.interfaces, interfaces), (.batchJobs, batchJobs)]
        if flags.contains(where: { $0.1 != nil }) || requirements != nil {
            input.counts = [:]
            input.requirementsPath = nil
        }
        for (kind, text) in flags {
            guard let text else { continue }
            let flag = "--\(kind.rawValue.replacingOccurrences(of: "_", with: "-"))"
            input.counts[kind] = try ValueText.integer(text, at: .flag(flag), in: Int.min...Int.max, what: "\(kind.koreanName) 수")
            input.locations[kind.rawValue] = .flag(flag)
        }
        if let requirements {
            input.requirementsPath = requirements
            input.locations["requirements"] = .flag("--requirements")
        }
        if let stage {
            input.stage = try SizingStage.parse(stage, at: .flag("--stage"))
            input.locations["stage"] = .flag("--stage")
        }
        return input
    }
}
