import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import Foundation

/// Output encodings `daega batch` offers.
enum BatchEncoding: String, ExpressibleByArgument, CaseIterable {
    case utf8, cp949

    /// The CSV encoding: UTF-8 with a byte order mark (so Excel shows Hangul) or CP949.
    var csv: CSVOutputEncoding { self == .utf8 ? .utf8WithBOM : .cp949 }
}

/// Input encodings `daega batch` accepts: detected, or settled by the user.
enum BatchInputEncoding: String, ExpressibleByArgument, CaseIterable {
    case auto, utf8, cp949, utf16le, utf16be

    /// The encoding to read with, or `nil` to detect it.
    var text: TextEncoding? {
        switch self {
        case .auto: nil
        case .utf8: .utf8
        case .cp949: .cp949
        case .utf16le: .utf16LittleEndian
        case .utf16be: .utf16BigEndian
        }
    }
}

/// Result formats `daega batch` writes.
enum BatchOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, xlsx

    /// The format a file name asks for: `.xlsx` (any case) is a workbook, anything else CSV.
    init(path: String) { self = path.lowercased().hasSuffix(".xlsx") ? .xlsx : .csv }
}

/// Header and risk words of a CSV result.
enum BatchHeaders: String, ExpressibleByArgument, CaseIterable {
    case machine, ko

    /// The labels the batch writes.
    var labels: BatchOutputLabels { self == .ko ? .korean : .machine }
}

/// `daega batch`: checks every project of a portfolio CSV, one result row per input row, and prints a summary.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "포트폴리오 CSV 일괄 점검: 행마다 적정 대가·충족률·유찰 위험, 요약과 행별 오류 보고",
        discussion: """
            예: daega batch samples/portfolio.csv -o 점검결과.csv --errors 오류.csv
                daega batch samples/portfolio.xlsx -o 점검결과.xlsx   (시트 결과·요약·오류·코드 설명)
            입력 열: id(필수), name, edition, ilf, eif, ei, eo, eq 또는 fp, integration, performance, compatibility,
            security, direct_expenses, staffing("직무:개월;직무:개월"), wage_year, overhead_percent, technical_fee_percent,
            budget(VAT 포함), months (옛 이름 overhead_pct, tech_fee_pct 등도 읽음: docs/settings.md). 한글 열 이름(예산, 사업기간, 투입인력 …)도 받고 띄어쓰기·대소문자·전각·'(원)' 같은
            단위는 가리지 않습니다. 읽는 열과 비슷한 이름(오타, '예산 (천원)')은 오류이고, 그 밖의 모르는 열은 그대로 옮기며
            표준 오류와 요약에 한 번 알립니다(--strict-columns면 오류).
            입력은 UTF-8(BOM 유무), CP949, BOM 있는 UTF-16(엑셀의 유니코드 텍스트)을 자동 인식하고(--input-encoding으로 지정),
            구분자는 첫 줄의 쉼표·세미콜론·탭 또는 'sep=' 줄로 정하며, 결과는 BOM 있는 UTF-8(기본) 또는 CP949로 씁니다.
            오류가 있는 행도 결과에 쓰되 계산값은 비우고 error 열에 오류를 적으며(--errors 파일을 주면 줄·열과 함께 따로도 기록),
            그런 행이 있으면 종료 코드 2로 끝납니다. 입력이 .xlsx/.xlsm이면 첫 시트(또는 --sheet)를 CSV와 같은 열로 읽습니다.
            """)

    @Argument(help: ArgumentHelp("포트폴리오 CSV 또는 통합문서(.xlsx, .xlsm)", valueName: "input"))
    var input: String

    @Option(name: [.customShort("o"), .customLong("output")],
            help: ArgumentHelp("결과 파일 (.csv 또는 .xlsx); -는 표준 출력 (요약은 표준 오류로)", valueName: "file"))
    var output: String

    @Option(help: "결과 형식: csv 또는 xlsx (기본: 결과 파일의 확장자)")
    var format: BatchOutputFormat?

    @Option(help: "CSV 결과의 머리글과 위험 표기: machine(기본, function_points·high …) 또는 ko(기능점수·높음 …). xlsx는 늘 한국어")
    var headers: BatchHeaders = .machine

    @Option(help: ArgumentHelp("통합문서 입력에서 읽을 시트 (기본: 첫 시트)", valueName: "name"))
    var sheet: String?

    @Option(help: ArgumentHelp("행별 오류 보고 CSV (줄, 열, 코드, 내용, 기대값)", valueName: "file"))
    var errors: String?

    @Option(help: "결과 인코딩: utf8(BOM 포함, 기본) 또는 cp949")
    var encoding: BatchEncoding = .utf8

    @Option(name: .customLong("lang"), help: "요약과 산출 근거의 언어: ko(기본) 또는 en")
    var language: Language = .ko

    @Option(help: ArgumentHelp("행마다 산출 근거(예산 산출 근거)를 이 폴더에 씀 (파일 이름은 id)", valueName: "dir"))
    var memos: String?

    @Option(name: .customLong("memo-format"), help: "산출 근거 형식: html(기본), md, hwpx 또는 xlsx (행마다 산정 통합문서)")
    var memoFormat: MemoFormat = .html

    @Option(name: .customLong("input-encoding"), help: "입력 인코딩: auto(기본: BOM, UTF-8, CP949 순으로 판단), utf8, cp949, utf16le, utf16be")
    var inputEncoding: BatchInputEncoding = .auto

    @Flag(name: .customLong("strict-columns"), help: "daega가 읽지 않는 열이 있으면 옮기지 않고 오류로 멈춤")
    var strictColumns = false

    @Flag(help: "행마다 범위 열(p50, p90, coverage_probability)을 더함 (표본 기본 16개; --range-stage, --samples, --seed)")
    var ranges = false

    @Option(name: .customLong("range-stage"), help: ArgumentHelp("범위의 규모 폭을 정할 단계 (없으면 규모는 정확한 값)", valueName: "stage"))
    var rangeStage: String?

    @Option(help: ArgumentHelp("--ranges의 행마다 표본 수 (기본 16)", valueName: "n"))
    var samples: String?

    @Option(help: ArgumentHelp("--ranges의 난수 시드 (기본 2026)", valueName: "n"))
    var seed: String?

    @OptionGroup var rateOptions: RateOptions

    func run() throws {
        try reportingErrors(standardOutputTaken: StandardOutputTarget.isClaimed(by: [output, errors])) {
            try StandardOutputTarget.refuseSharing(["-o": output, "--errors": errors])
            let selection = try rateOptions.selection()
            let memoWriter = try memos.map { try BatchMemoWriter(folder: $0, format: memoFormat, language: language, selection: selection,
                                                                         protecting: [input, output] + (errors.map { [$0] } ?? [])) }
            let workbook = (format ?? BatchOutputFormat(path: output)) == .xlsx
            if workbook { try StandardOutputTarget.refuseBinaryToTerminal(path: output, format: "xlsx") }
            var request = BatchRequest(input: input, output: output, errors: errors, encoding: encoding.csv, selection: selection,
                                       strictColumns: strictColumns, inputEncoding: inputEncoding.text, sheet: sheet,
                                       labels: workbook ? .korean : headers.labels)
            request.ranges = try rangeSettings(selection: selection)
            HeapTuning.keepFreedMemoryForReuse()
            let summary = workbook
                ? try Self.writeWorkbook(request, onChecked: memoWriter.map { writer in writer.write })
                : try BatchRunner.run(request, onChecked: memoWriter.map { writer in writer.write },
                                      progress: BatchProgress.forStandardError())
            BatchProgress.finish()
            Self.reportRowErrors(summary, errors: errors, language: language)
            return CommandOutput(text: BatchSummaryText.render(summary, output: output, errors: errors, language: language),
                                 status: summary.failedRows > 0 ? ExitStatus.rowsFailed : 0)
        }
    }

    /// Runs the batch keeping its rows as cells and writes them as a workbook, all or nothing: the workbook and the
    /// error report are put in place together.
    static func writeWorkbook(_ request: BatchRequest, onChecked: BatchRunner.RowHandler?) throws(DaegaError) -> BatchSummary {
        let transaction = OutputTransaction()
        let (summary, table) = try BatchRunner.table(request, transaction: transaction, onChecked: onChecked,
                                                     progress: BatchProgress.forStandardError())
        try WorkbookOutput.write(BatchWorkbook.build(table, summary: summary), to: request.output, inputs: [request.input],
                                 in: transaction)
        try transaction.commit()
        return summary
    }

    /// Writes the columns carried through unread (once), then the first row errors to standard error as one-line diagnostics, and how many more there are: in the
    /// error report when one is written (`errors`), else how to get one.
    /// The per-row range settings, when `--ranges` was given.
    /// - Throws: `DaegaError` naming the flag for a range setting without `--ranges`, an unknown stage or a bad number.
    func rangeSettings(selection: RateSelection) throws -> RangeSettings? {
        let options = RangeOptions(range: ranges, stage: rangeStage, samples: samples ?? (ranges ? String(RangeColumns.defaultSamples) : nil),
                                   seed: seed)
        guard let input = try options.merged(over: nil, rangeFlag: "--ranges") else { return nil }
        if input.settings.stage != nil { _ = try selection.sizingBook() }
        guard (1...RangeSettings.maximumSamples).contains(input.settings.samples) else {
            throw DaegaError(.rangeSettings, at: .flag("--samples"), "표본 수 \(input.settings.samples)은(는) 쓸 수 없습니다",
                             expected: "1~\(RangeSettings.maximumSamples)")
        }
        return input.settings
    }

    static func reportRowErrors(_ summary: BatchSummary, errors: String?, language: Language) {
        var lines = summary.unusedColumns.isEmpty ? [] : ["daega: \(BatchSummaryText.unusedColumnsLabel(language)): "
                                                          + summary.unusedColumns.joined(separator: ", ")]
        lines += summary.firstErrors.map { "daega: \($0)" }
        let more = summary.failedRows - summary.firstErrors.count
        if more > 0 {
            let whereAll = BatchSummaryText.whereAllErrorsAre(errors: errors, language: language)
            lines.append("daega: … \(BatchSummaryText.rowsFailed(more, more: true, language: language)) (\(whereAll))")
        }
        guard !lines.isEmpty else { return }
        StandardStreams.error(lines.joined(separator: "\n") + "\n")
    }
}
