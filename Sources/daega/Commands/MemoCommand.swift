import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports
import Foundation

/// The memo's file format.
enum MemoFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md, hwpx, pdf, xlsx

    /// The format a file name's extension asks for, if it names one.
    init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        case "hwpx": self = .hwpx
        case "pdf": self = .pdf
        case "xlsx": self = .xlsx
        default: return nil
        }
    }

    /// The document's bytes in this format: the memo, or for `.xlsx` the estimate workbook of the same engine run; a
    /// PDF is the HTML printed by `printer`, and `workbook` and `printer` are only called for their format.
    /// - Parameters:
    ///   - memo: the memo.
    ///   - output: the file the bytes are for, named in an error.
    ///   - workbook: the estimate workbook (`EstimateWorkbook.project`) of the run the memo shows.
    ///   - printer: finds the browser that prints a PDF.
    /// - Throws: `pdfPrinterMissing` or `pdfPrintFailed` for a PDF without a working Chromium; `outputFailed` naming
    ///   `output` when the HWPX or xlsx package cannot be assembled; what `workbook` throws.
    func document(_ memo: ProjectMemo, output: String, workbook: () throws(DaegaError) -> Workbook,
                  printer: () throws(DaegaError) -> ChromiumPrinter) throws(DaegaError) -> Data {
        switch self {
        case .html: return Data(MemoHTML.render(memo).utf8)
        case .md: return Data(MemoMarkdown.render(memo).utf8)
        case .hwpx:
            do {
                return try MemoHWPX.render(memo)
            } catch {
                throw DaegaError(.outputFailed, at: .file(path: output, line: nil, column: nil),
                                 "HWPX 패키지를 만들지 못했습니다: \(error)", expected: "쓸 수 있는 HWPX 문서")
            }
        case .pdf: return try printer().pdf(of: MemoHTML.render(memo))
        case .xlsx: return try WorkbookOutput.bytes(of: workbook(), for: output)
        }
    }
}

/// `daega memo`: the justification memo (예산 산출 근거) of a project file, as HTML, Markdown, HWPX or PDF.
struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "예산 산출 근거 작성 (HTML, Markdown, HWPX, PDF): 공문서 양식의 본문(개조식)과 붙임(산출 과정, 적용 기준 및 출처, 가정)",
        discussion: """
            예: daega memo samples/civil-complaint.toml -o 산출근거.html
                daega memo samples/civil-complaint.toml -o 산출근거.pdf --unit 천원 --approval
                daega memo samples/civil-complaint.toml -o 산출근거.hwpx
                daega memo samples/scm.toml -o scm.md --lang en
            형식은 출력 파일의 확장자(.html, .md, .hwpx, .pdf)로 정하며 --format으로 바꿀 수 있습니다.
            HTML은 A4 인쇄용 한 파일, HWPX는 한글에서 여는 공문서 파일, PDF는 설치된 headless Chromium으로 인쇄한 HTML입니다
            (Chromium이 없으면 설치 방법을 알려 줍니다).
            머리(기관명, 부서, 작성자, 작성일, 문서번호, 결재란)는 프로젝트 파일의 [document] 절과 아래 옵션으로 정합니다.
            입력이 없는 절(예: 유지관리, 예산 검토)은 싣지 않습니다. 기준일(--as-of, 기본: 오늘)이 산출 근거에 찍힙니다.
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("산출 근거 파일 (.html, .md, .hwpx, .pdf) 또는 산정 통합문서 (.xlsx); -는 표준 출력 (--format과 함께)", valueName: "file"))
    var output: String

    @Option(help: "형식: html, md, hwpx, pdf 또는 xlsx (기본: 출력 파일의 확장자)")
    var format: MemoFormat?

    @Option(name: .customLong("lang"), help: "언어: ko(기본) 또는 en")
    var language: Language = .ko

    @Option(help: ArgumentHelp("PDF를 인쇄할 Chromium 실행 파일 (기본: $DAEGA_CHROMIUM, 없으면 PATH의 chromium)", valueName: "path"))
    var chromium: String?

    @OptionGroup var documentOptions: MemoDocumentOptions

    @OptionGroup var rateOptions: RateOptions

    func run() throws {
        try reportingErrors(standardOutputTaken: StandardOutputTarget.isClaimed(by: [output])) {
            guard let format = format ?? MemoFormat(path: output) else {
                throw DaegaError(.missingInput, at: .flag("--format"), "출력 파일 '\(output)'의 형식을 확장자로 알 수 없습니다",
                                 expected: ".html, .md, .hwpx, .pdf 또는 .xlsx 확장자, 또는 --format html|md|hwpx|pdf|xlsx (-o -이면 늘)")
            }
            if [.hwpx, .pdf, .xlsx].contains(format) {
                try StandardOutputTarget.refuseBinaryToTerminal(path: output, format: format.rawValue)
            }
            let file = try ProjectFile.readSayingAssumptions(project)
            let inputs = ProjectInputs(file)
            let selection = try rateOptions.selection()
            let header = try documentOptions.header(for: file, date: selection.date)
            let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(inputs, selection: selection)
            let memo = ProjectMemo(estimates: estimates, check: check, header: header, date: selection.date,
                                   unit: documentOptions.unit, toolVersion: DaegaVersion.number, language: language)
            var sources = [project]
            if case let .functionList(path)? = inputs.functionPoints.scope { sources.append(path) }
            if let staffing = inputs.staffing.file { sources.append(staffing) }
            let bytes = try format.document(memo, output: output, workbook: { () throws(DaegaError) in
                try EstimateWorkbook.project(estimates, check: check, project: inputs.name, sizeFactorCurve: try selection.sizeFactorCurve(of: estimates),
                                             location: .file(path: project, line: nil, column: nil))
            }, printer: { () throws(DaegaError) in
                try ChromiumPrinter(explicit: chromium, environment: ProcessInfo.processInfo.environment)
            })
            try AtomicFileWriter(destination: output, inputs: sources).write { sink throws(DaegaError) in try sink.write(Array(bytes)) }
            if format == .xlsx {
                return language == .ko ? "산정 통합문서를 썼습니다: \(output)\n" : "Wrote the estimate workbook: \(output)\n"
            }
            return language == .ko ? "산출 근거를 썼습니다: \(output)\n" : "Wrote the memo: \(output)\n"
        }
    }
}
