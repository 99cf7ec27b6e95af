import DaegaEngine
import DaegaIO
import DaegaReports
import DaegaTestSupport

/// Memos written the way `daega memo` writes them, with a fixed reference date and version so output is stable.
enum MemoFixture {
    /// The reference date of every memo in the tests.
    static let date = CalendarDate(year: 2026, month: 3, day: 1)!
    /// The version printed on every memo in the tests.
    static let version = "golden"
    /// The samples that have a memo golden, one per kind of project.
    static let samples = ["civil-complaint", "scm", "isp-consulting", "maintenance-example", "records-archive", "hr-portal"]

    /// The memo of a project file in `language`, its header from the file's `[document]` section as the command fills it.
    static func memo(_ path: String, language: Language, unit: MemoAmountUnit = .won,
                     awardRatioPercent: ExactDecimal? = nil) throws -> ProjectMemo {
        var file = try ProjectFile.read(path)
        if let awardRatioPercent { file.budget.awardRatioPercent = awardRatioPercent }
        let (estimates, check) = try ProjectEstimatePlan.runCheckingBudget(
            ProjectInputs(file), selection: RateSelection(library: Repository.library, date: date))
        let document = file.document ?? DocumentInput()
        let header = MemoHeader(projectName: file.name, agency: document.agency ?? file.agency, department: document.department,
                                author: document.author, writtenOn: document.date ?? date, documentNumber: document.number,
                                approvalBox: document.approval ?? false)
        return ProjectMemo(estimates: estimates, check: check, header: header, date: date, unit: unit, toolVersion: version,
                           language: language)
    }
}
