import DaegaCommandLine
import DaegaEngine
import DaegaIO
import DaegaReports

/// Turns a project form into a project's inputs the way the CLI turns a project file and flags into them: the file
/// first, then each field over it, read by the same settings code so a bad value gets the CLI's message.
struct ProjectFormReader {
    /// The submitted form.
    let form: WebForm
    /// Where uploads that a reader needs as a file are kept during the request.
    let folder: PrivateUploadFolder

    /// The project file uploaded in the `project` field, if any.
    /// - Throws: `DaegaError` at the file's line and column, or for a file that is not UTF-8.
    func projectFile() throws -> ProjectFile? {
        guard let upload = form.uploads["project"] else { return nil }
        guard let text = String(validating: upload.bytes, as: UTF8.self) else {
            throw DaegaError(.invalidEncoding, at: .file(path: upload.filename, line: nil, column: nil), "프로젝트 파일이 UTF-8이 아닙니다",
                             expected: "UTF-8로 저장한 TOML")
        }
        let file = try ProjectFile.parse(text, path: upload.filename)
        if file.staffing?.file != nil {
            throw DaegaError(.conflictingInputs, at: file.staffing?.locations["staffing"] ?? .field("project"),
                             "웹 페이지는 프로젝트 파일이 가리키는 투입 인력 파일을 열지 않습니다",
                             expected: "투입 인력을 '투입 M/M' 칸에 \"직무=개월\"로 적기")
        }
        return file
    }

    /// The memo's header: the uploaded project file's `[document]` as `daega memo` reads it, else the defaults.
    /// - Parameter date: the reference day, the default 작성일.
    /// - Throws: what ``projectFile()`` throws.
    func memoHeader(date: CalendarDate) throws -> MemoHeader {
        try projectFile().map { MemoHeader(project: $0, date: date) } ?? MemoHeader(projectName: "", writtenOn: date)
    }

    /// The project's inputs: the uploaded project file with every filled-in field over it.
    /// - Throws: `DaegaError` at the field or the uploaded file's line and column.
    func inputs() throws -> ProjectInputs {
        let file = try projectFile()
        var fp = FunctionPointSettings()
        (fp.edition, fp.ilf, fp.eif, fp.ei, fp.eo, fp.eq, fp.total) =
            (form.value("edition"), form.value("ilf"), form.value("eif"), form.value("ei"), form.value("eo"), form.value("eq"),
             form.value("fp"))
        (fp.integration, fp.performance, fp.compatibility, fp.security) =
            (form.value("integration"), form.value("performance"), form.value("compatibility"), form.value("security"))
        (fp.directExpenses, fp.profitPercent) = (form.value("direct-expenses"), form.value(SettingName.profitPercent.flag))
        if let functions = form.uploads["functions"] { fp.functions = try folder.store(functions) }
        var staffing = StaffingSettings()
        staffing.staff = form.lines("staff")
        (staffing.wageYear, staffing.overheadPercent, staffing.technicalFeePercent, staffing.durationMonths) =
            (form.value("wage-year"), form.value(SettingName.overheadPercent.flag), form.value(SettingName.technicalFeePercent.flag), form.value("duration-months"))
        var budget = BudgetSettings()
        (budget.budget, budget.months) = (form.value("budget"), form.value("months"))
        let functionPoints = try fp.merged(over: file?.functionPoints ?? FunctionPointInput(), locator: .formFields)
        if case let .functionList(path)? = functionPoints.scope, !path.hasPrefix(folder.path + "/") {
            throw DaegaError(.missingInput, at: .field("functions"),
                             "프로젝트 파일이 기능 목록 파일을 가리킵니다: 웹 페이지는 파일 경로를 열지 않으므로 그 파일을 올려야 합니다",
                             expected: "'기능 목록 (.csv)' 칸에 그 CSV 파일")
        }
        return ProjectInputs(
            name: file?.name,
            functionPoints: functionPoints,
            staffing: try staffing.merged(over: file?.staffing ?? StaffingInput(), edition: fp.edition, directExpenses: fp.directExpenses,
                                          locator: .formFields),
            maintenance: file?.maintenance,
            budget: try budget.merged(over: file?.budget ?? BudgetInput(), locator: .formFields))
    }

    /// The field an error belongs next to: a form field it names, the function-list or project upload it points
    /// into, or none (shown above the form).
    func field(for error: DaegaError) -> String? {
        switch error.location {
        case let .field(name)?, let .flag(name)?:
            return name.split(separator: "/").first.map(String.init)
        case let .file(path, _, _)?, let .cell(path, _, _)?:
            if path.hasPrefix(folder.path + "/") { return "functions" }
            if path == form.uploads["project"]?.filename { return "project" }
            return nil
        case nil:
            return nil
        }
    }
}
