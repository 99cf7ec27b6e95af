import ArgumentParser
import DaegaEngine
import DaegaIO
import DaegaReports

/// The memo's file format.
enum MemoFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md

    /// The format a file name's extension asks for, if it names one.
    init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .md
        default: return nil
        }
    }
}

/// `daega memo`: the justification memo (예산 산출 근거) of a project file, as HTML or Markdown.
struct MemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memo",
        abstract: "예산 산출 근거 작성 (HTML 또는 Markdown): 산정 기준, 기능점수, 개발비 산출 과정, 비교, 유지관리비, 예산 검토, 유의사항",
        discussion: """
            예: daega memo samples/civil-complaint.toml -o 산출근거.html
                daega memo samples/scm.toml -o scm.md --lang en
            형식은 출력 파일의 확장자(.html, .md)로 정하며 --format으로 바꿀 수 있습니다. HTML은 A4 인쇄용 한 파일입니다.
            [budget] amount가 없으면 예산 검토 절 대신 그 이유를 적습니다. 기준일(--as-of, 기본: 오늘)이 산출 근거에 찍힙니다.
            """)

    @Argument(help: ArgumentHelp("프로젝트 파일 (.toml)", valueName: "project"))
    var project: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("산출 근거 파일 (.html 또는 .md)", valueName: "file"))
    var output: String

    @Option(help: "형식: html 또는 md (기본: 출력 파일의 확장자)")
    var format: MemoFormat?

    @Option(name: .customLong("lang"), help: "언어: ko(기본) 또는 en")
    var language: Language = .ko

    @OptionGroup var rateOptions: RateOptions

    func run() throws {
        try reportingErrors {
            guard let format = format ?? MemoFormat(path: output) else {
                throw DaegaError(.missingInput, at: .flag("--format"), "출력 파일 '\(output)'의 형식을 확장자로 알 수 없습니다",
                                 expected: ".html 또는 .md 확장자, 또는 --format html|md")
            }
            let file = try ProjectFile.readSayingAssumptions(project)
            let inputs = ProjectInputs(file)
            let selection = try rateOptions.selection()
            let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(inputs, selection: selection)
            let memo = ProjectMemo(estimates: estimates, check: check, project: MemoProject(name: file.name, agency: file.agency),
                                   date: selection.date, toolVersion: Daega.version, language: language)
            let text = format == .html ? MemoHTML.render(memo) : MemoMarkdown.render(memo)
            var sources = [project]
            if case let .functionList(path)? = inputs.functionPoints.scope { sources.append(path) }
            if let staffing = inputs.staffing.file { sources.append(staffing) }
            try AtomicFileWriter(destination: output, inputs: sources).write { sink throws(DaegaError) in try sink.write(Array(text.utf8)) }
            return language == .ko ? "산출 근거를 썼습니다: \(output)\n" : "Wrote the memo: \(output)\n"
        }
    }
}
