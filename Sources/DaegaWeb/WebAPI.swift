import DaegaEngine
import DaegaIO
import DaegaReports

/// `POST /api/check` and `POST /api/estimate`: a project file (TOML) as the body, answered with exactly what
/// `daega check FILE --format json` and `daega compare FILE --format json` print, so scripts can use the page.
enum WebAPI {
    /// The name the body is given in error messages.
    static let bodyName = "request.toml"

    /// The budget check of the project file in `body`, as `daega check --format json` prints it.
    /// - Throws: `DaegaError` at the body's line and column.
    static func check(_ body: [UInt8], selection: RateSelection) throws -> String {
        let file = try projectFile(body)
        let result = try ProjectCheckPlan.run(ProjectInputs(file), selection: selection)
        return ProjectCheckJSON.render(result, project: file.name, language: .ko).rendered
    }

    /// Both estimates of the project file in `body` compared, as `daega compare --format json` prints it.
    /// - Throws: `DaegaError` at the body's line and column.
    static func estimate(_ body: [UInt8], selection: RateSelection) throws -> String {
        let file = try projectFile(body)
        let comparison = try ProjectComparisonPlan.run(functionPoints: file.functionPoints ?? FunctionPointInput(),
                                                       staffing: file.staffing ?? StaffingInput(), selection: selection)
        return ComparisonJSON.render(comparison, language: .ko).rendered
    }

    /// The project file in `body`; one that names another file (a function list, a staffing list) is refused, as
    /// the page never opens a path it is sent.
    /// - Throws: `DaegaError` for a body that is not UTF-8 TOML or names a file.
    static func projectFile(_ body: [UInt8]) throws -> ProjectFile {
        guard let text = String(validating: body, as: UTF8.self) else {
            throw DaegaError(.invalidEncoding, at: .file(path: bodyName, line: nil, column: nil), "요청 본문이 UTF-8이 아닙니다",
                             expected: "UTF-8 TOML 프로젝트 파일")
        }
        let file = try ProjectFile.parse(text, path: bodyName)
        let namesFunctionList = if case .functionList? = file.functionPoints?.scope { true } else { false }
        if namesFunctionList || file.staffing?.file != nil {
            throw DaegaError(.conflictingInputs, at: .file(path: bodyName, line: nil, column: nil),
                             "API는 프로젝트 파일이 가리키는 다른 파일(기능 목록, 투입 인력 목록)을 열지 않습니다",
                             expected: "규모는 유형별 개수나 fp, 투입 인력은 [staffing] lines로 적은 프로젝트 파일")
        }
        return file
    }
}
