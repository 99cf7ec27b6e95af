import ArgumentParser
import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

extension MemoAmountUnit: ExpressibleByArgument {}

/// The memo's header block and table unit: flags that override the project file's `[document]` section.
struct MemoDocumentOptions: ParsableArguments {
    @Option(help: ArgumentHelp("기관명 (기본: [document] agency, 없으면 프로젝트의 agency)", valueName: "name"))
    var agency: String?

    @Option(help: ArgumentHelp("부서 (기본: [document] department)", valueName: "name"))
    var department: String?

    @Option(help: ArgumentHelp("작성자 (기본: [document] author)", valueName: "name"))
    var author: String?

    @Option(name: .customLong("written-on"), help: ArgumentHelp("작성일 YYYY-MM-DD (기본: [document] date, 없으면 기준일)", valueName: "date"))
    var writtenOn: String?

    @Option(name: .customLong("document-number"), help: ArgumentHelp("문서번호 (기본: [document] number, 없으면 생략)", valueName: "text"))
    var documentNumber: String?

    @Flag(inversion: .prefixedNo, help: "결재란 (담당·검토·결재)을 넣거나 뺌 (기본: [document] approval, 없으면 뺌)")
    var approval: Bool?

    @Option(help: "요약 표의 금액 단위: 원(기본), 천원, 백만원 (붙임의 산출 과정은 언제나 원)")
    var unit: MemoAmountUnit = .won

    /// The header for `file`: each flag given wins over the file's `[document]`, which wins over the defaults.
    /// - Parameters:
    ///   - file: the project file.
    ///   - date: the reference date, the default 작성일.
    /// - Throws: `notANumber` naming `--written-on` when the date cannot be read.
    func header(for file: ProjectFile, date: CalendarDate) throws -> MemoHeader {
        var overrides = DocumentInput(agency: agency, department: department, author: author, number: documentNumber, approval: approval)
        if let text = writtenOn {
            guard let parsed = CalendarDate(parsing: text) else {
                throw DaegaError(.notANumber, at: .flag("--written-on"), "날짜 '\(text)'를 읽을 수 없습니다", expected: "YYYY-MM-DD")
            }
            overrides.date = parsed
        }
        return MemoHeader(project: file, overrides: overrides, date: date)
    }
}
